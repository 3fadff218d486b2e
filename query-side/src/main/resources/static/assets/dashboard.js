import { STAGES, GAPS, words, get, el, clear, partnershipLink, stageBadge, gapList, figure, today, account, live,
  debounce } from './ledger.js';
import { barChart } from './chart.js';

const PAGE_SIZE = 50;
// The API has no title parameter: a title search reads the filtered ranking in pages of 200, at most this many.
const SEARCH_LIMIT = 1000;

const form = document.getElementById('filters');
const state = Object.fromEntries(['asOf', 'stage', 'gap', 'party', 'q', 'page']
  .map(name => [name, new URLSearchParams(location.search).get(name) || '']));
const isPast = state.asOf && state.asOf !== today();
let flashed = null;

function fillFilters() {
  form.stage.append(...STAGES.map(stage => el('option', { value: stage }, words(stage))));
  form.gap.append(...GAPS.map(gap => el('option', { value: gap }, words(gap))));
  form.asOf.max = today();
  for (const name of ['asOf', 'stage', 'gap', 'party', 'q']) form[name].value = state[name];
  form.addEventListener('submit', event => {
    event.preventDefault();
    const parameters = new URLSearchParams();
    for (const name of ['asOf', 'stage', 'gap', 'party', 'q']) {
      const value = form[name].value.trim();
      if (value && !(name === 'asOf' && value === today())) parameters.set(name, value);
    }
    location.search = parameters.toString();
  });
  document.getElementById('reset').addEventListener('click', () => { location.search = ''; });
  document.getElementById('as-of-note').textContent = isPast
    ? `The ledger as it stood at the end of ${state.asOf} (recorded time), days counted to that day.`
    : `The ledger now; days counted to today, ${today()}.`;
}

async function showDashboard() {
  const dashboard = await get('/api/dashboard', { asOf: state.asOf });
  const stages = document.getElementById('stages');
  clear(stages, STAGES.map(stage => {
    const parameters = new URLSearchParams(state.asOf ? { asOf: state.asOf } : {});
    if (state.stage !== stage) parameters.set('stage', stage);
    return el('li', {}, el('a', { href: `/?${parameters}`, 'aria-current': state.stage === stage ? 'true' : null,
      'data-stage': stage }, el('span', { class: 'count' }, dashboard.byStage[stage] ?? 0),
      el('span', { class: 'name' }, words(stage))));
  }));
  clear(document.getElementById('figures'),
    figure('Partnerships', dashboard.partnerships),
    figure('Without outcome data', dashboard.withoutOutcomeData),
    figure('Median days without outcome data', dashboard.medianDaysWithoutOutcomeData));
}

async function rankingRows() {
  const filters = { asOf: state.asOf, stage: state.stage, gap: state.gap, party: state.party };
  if (!state.q) {
    const page = Number(state.page) || 0;
    const answer = await get('/api/partnerships', { ...filters, page, size: PAGE_SIZE });
    return { items: answer.items, total: answer.total, page, searched: null };
  }
  const needle = state.q.toLowerCase();
  const found = [];
  let read = 0;
  let total = 0;
  for (let page = 0; read < SEARCH_LIMIT; page++) {
    const answer = await get('/api/partnerships', { ...filters, page, size: 200 });
    total = answer.total;
    read += answer.items.length;
    found.push(...answer.items.filter(item => item.title.toLowerCase().includes(needle)));
    if (!answer.items.length || read >= total) break;
  }
  return { items: found, total: found.length, page: 0, searched: Math.min(read, total) };
}

async function showRanking() {
  const { items, total, page, searched } = await rankingRows();
  const body = document.querySelector('#ranking tbody');
  clear(body, items.map((item, index) => el('tr', { 'data-partnership-id': item.partnershipId,
    class: item.partnershipId === flashed ? 'flash' : null },
    el('td', { class: 'num' }, page * PAGE_SIZE + index + 1),
    el('td', {}, partnershipLink(item.partnershipId, item.title)),
    el('td', {}, [...new Set(item.parties.map(party => party.name))].join(', ')),
    el('td', {}, stageBadge(item.stage), item.concluded ? el('span', { class: 'note' }, ' concluded') : null),
    el('td', { class: 'num' }, item.daysWithoutOutcomeData),
    el('td', {}, gapList(item.evidenceGaps)))));
  const count = document.getElementById('ranking-count');
  count.textContent = searched === null
    ? `${total} partnership${total === 1 ? '' : 's'} match.`
    : `${total} of the first ${searched} ranked partnerships have “${state.q}” in their title.`;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  document.getElementById('page-label').textContent = `Page ${page + 1} of ${pages}`;
  const previous = document.getElementById('previous');
  const next = document.getElementById('next');
  previous.disabled = searched !== null || page === 0;
  next.disabled = searched !== null || page + 1 >= pages;
  previous.onclick = () => goToPage(page - 1);
  next.onclick = () => goToPage(page + 1);
  barChart(document.getElementById('chart'), items.filter(item => item.daysWithoutOutcomeData > 0).slice(0, 25)
    .map(item => ({ label: item.title, value: item.daysWithoutOutcomeData })),
  { title: 'Days without outcome data per partnership of this ranking, longest first',
    emptyText: 'Every partnership shown has outcome data.' });
}

function goToPage(page) {
  const parameters = new URLSearchParams(location.search);
  parameters.set('page', page);
  location.search = parameters.toString();
}

async function fillOrganizations() {
  const organizations = await get('/api/organizations', { asOf: state.asOf });
  document.getElementById('organization-names').append(...organizations.map(organization => el('option', { value: organization.name })));
}

async function start() {
  fillFilters();
  const who = await account();
  if (!who.mayRead) {
    clear(document.getElementById('ranking-count'), 'This account may record but not read the ledger: ', el('a', { href: '/intake' }, 'go to intake'), '.');
    return;
  }
  await Promise.all([showDashboard(), showRanking(), fillOrganizations()]);
  const refresh = debounce(() => Promise.all([showDashboard(), showRanking()]), 300);
  live(summary => {
    flashed = summary.partnershipId;
    refresh();
  }, isPast);
}

start();
