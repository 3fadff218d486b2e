import { words, get, el, clear, partnershipLink, stageBadge, figure, partyNames, today, asOfParameter, asOfForm,
  account, live, debounce, showProblem } from './ledger.js';
import { timelineChart } from './chart.js';

const id = decodeURIComponent(location.pathname.split('/')[2] || '');
const asOf = asOfParameter();
const isPast = asOf && asOf !== today();

function sourceLink(source) {
  if (!source || !source.url) return null;
  const label = source.title || source.publisher || source.url;
  // Intake takes only http(s) URLs; a page never turns anything else into a link.
  if (!/^https?:\/\//i.test(source.url)) return label;
  return el('a', { href: source.url, rel: 'noopener noreferrer' }, label);
}

function showSummary(summary) {
  document.title = `${summary.title} · Partnership Evidence Ledger`;
  clear(document.getElementById('title'), summary.title);
  clear(document.getElementById('summary'),
    figure('Stage', [stageBadge(summary.stage), summary.concluded ? ' (concluded)' : '']),
    figure('Days without outcome data', summary.daysWithoutOutcomeData),
    figure('Days to first outcome data', summary.daysToFirstOutcomeData),
    figure('Announced on', summary.announcedOn),
    figure('Parties', el('span', {}, partyNames(summary.parties))),
    figure('Benchmarks', summary.benchmarks),
    figure('Independent validations', summary.independentValidations),
    figure('Clinical deployments', summary.clinicalDeployments),
    figure('Outcome reports', summary.outcomeReports),
    figure('Deployment target date', summary.deploymentTargetDate),
    figure('First deployed on', summary.firstDeployedOn),
    figure('First outcome reported on', summary.firstOutcomeReportedOn),
    figure('Partnership id', el('code', {}, summary.partnershipId)));
  const gaps = document.getElementById('gaps');
  clear(gaps, summary.evidenceGaps.length
    ? summary.evidenceGaps.map(gap => el('li', {}, words(gap)))
    : el('li', {}, 'None: every kind of evidence is on record.'));
}

function latestText(latest) {
  if (!latest) return '—';
  const value = latest.value === null || latest.value === undefined ? '' : `${latest.value}${latest.unit ? ` ${latest.unit}` : ''}`;
  const baseline = latest.baseline === null || latest.baseline === undefined ? '' : ` (baseline ${latest.baseline})`;
  return [`${words(latest.type)} of ${latest.occurredOn}: ${value}${baseline}${latest.independent ? ', independent' : ''} `,
    sourceLink(latest.source)];
}

function showScorecard(scorecard) {
  clear(document.querySelector('#scorecard tbody'), scorecard.measures.map(measure => el('tr', {},
    el('th', { scope: 'row' }, words(measure.measure)),
    el('td', {}, el('span', { class: `status ${measure.status}` }, words(measure.status))),
    el('td', {}, latestText(measure.latest)))));
  const overdue = scorecard.deploymentOverdueDays;
  document.getElementById('scorecard-notes').textContent =
    `${scorecard.independentEvidence ? 'Independent evidence stands.' : 'No independent evidence stands.'} `
    + (overdue === null ? 'No stated deployment target has passed undelivered.' : `The stated deployment target passed ${overdue} days ago.`);
}

function detailRows(entry) {
  const rows = [];
  for (const [name, value] of Object.entries(entry.details || {})) {
    if (value === null || value === undefined || name === 'source') continue;
    let shown = value;
    if (Array.isArray(value)) {
      shown = value.map(item => (typeof item === 'object' && item ? (item.name ? `${item.name} (${words(item.role).toLowerCase()})` : JSON.stringify(item)) : item)).join('; ');
    } else if (typeof value === 'object') {
      shown = JSON.stringify(value);
    }
    if (shown === '') continue;
    rows.push(el('dt', {}, words(name.replace(/([A-Z])/g, '_$1'))), el('dd', {}, String(shown)));
  }
  return rows.length ? el('dl', {}, rows) : null;
}

function showTimeline(timeline, who) {
  const list = document.getElementById('timeline');
  const retractable = entry => who.mayRecord && !entry.retracted && !['ANNOUNCEMENT', 'RETRACTION'].includes(entry.type);
  clear(list, timeline.entries.map(entry => el('li', { class: entry.retracted ? 'retracted' : null, 'data-entry-id': entry.entryId,
    'data-type': entry.type },
    el('div', {}, el('span', { class: 'when' }, entry.occurredOn), el('span', { class: 'type' }, words(entry.type)),
      entry.retracted ? el('span', { class: 'type' }, 'Retracted') : null),
    el('div', { class: 'what' }, detailRows(entry)),
    entry.retracted ? el('p', { class: 'retraction-reason' }, `Retracted: ${entry.retractionReason}`) : null,
    el('p', { class: 'recorded' }, `Entry ${entry.entryId}, recorded ${entry.recordedAt} by ${entry.recordedBy}. Source: `,
      sourceLink(entry.source) || 'none',
      retractable(entry) ? [' · ', el('a', { href: `/intake?command=retraction&partnershipId=${encodeURIComponent(id)}&entryId=${encodeURIComponent(entry.entryId)}` },
        'Retract this entry')] : null))));
  timelineChart(document.getElementById('timeline-chart'), timeline.entries, asOf || today(), words);
}

function linkItem(link) {
  const outcome = link.outcomeReports > 0
    ? `outcome data after ${link.daysToFirstOutcomeData ?? '?'} days`
    : `${link.daysWithoutOutcomeData} days without outcome data`;
  return el('li', {}, partnershipLink(link.partnershipId, link.title), ` — ${words(link.stage)}, ${outcome}`,
    link.depth > 1 ? ` (depth ${link.depth})` : '');
}

function showLineage(lineage) {
  clear(document.getElementById('ancestors'), lineage.ancestors.length ? lineage.ancestors.map(linkItem) : el('li', {}, 'No earlier partnership.'));
  clear(document.getElementById('descendants'), lineage.descendants.length ? lineage.descendants.map(linkItem) : el('li', {}, 'No later partnership.'));
  document.getElementById('lineage-note').textContent = lineage.ancestors.length
    ? `${lineage.ancestorsWithOutcomeData} of the ${lineage.ancestors.length} partnerships it builds on have outcome data.`
    : '';
}

function showIntakeLinks(who, summary) {
  const links = document.getElementById('intake-links');
  // A concluded partnership takes only retractions, which each entry links to.
  if (!who.mayRecord || isPast || summary.concluded) return;
  links.hidden = false;
  const commands = [['benchmark', 'Publish a benchmark'], ['validation', 'Record an independent validation'],
    ['deployment-timeline', 'Announce a deployment timeline'], ['deployment', 'Record a clinical deployment'],
    ['outcome', 'Report outcome data'], ['availability', 'Announce availability'], ['conclusion', 'Conclude the partnership']];
  clear(links, 'Record: ', commands.map(([command, label]) => el('a', { href: `/intake?command=${command}&partnershipId=${encodeURIComponent(id)}` }, label)));
}

async function load(who) {
  const [summary, scorecard, timeline, lineage] = await Promise.all([
    get(`/api/partnerships/${encodeURIComponent(id)}`, { asOf }),
    get(`/api/partnerships/${encodeURIComponent(id)}/scorecard`, { asOf }),
    get(`/api/partnerships/${encodeURIComponent(id)}/timeline`, { asOf }),
    get(`/api/partnerships/${encodeURIComponent(id)}/lineage`, { asOf })]);
  showSummary(summary);
  showScorecard(scorecard);
  showTimeline(timeline, who);
  showLineage(lineage);
  return summary;
}

async function start() {
  asOfForm(document.getElementById('as-of-form'));
  document.getElementById('as-of-note').textContent = isPast
    ? `As the ledger stood at the end of ${asOf} (recorded time).` : 'The ledger now.';
  const who = await account();
  let summary;
  try {
    summary = await load(who);
  } catch (problem) {
    showProblem(document.getElementById('problem'), problem);
    document.getElementById('partnership').hidden = true;
    return;
  }
  showIntakeLinks(who, summary);
  const reload = debounce(() => load(who), 200);
  live(summary => { if (summary.partnershipId === id) reload(); }, isPast);
}

start();
