import { words, get, el, clear, partnershipLink, stageBadge, figure, asOfParameter, asOfForm, account, live, debounce,
  today, showProblem } from './ledger.js';
import { barChart } from './chart.js';

const name = decodeURIComponent(location.pathname.split('/')[2] || '');
const asOf = asOfParameter();

async function load() {
  const record = await get(`/api/organizations/${encodeURIComponent(name)}`, { asOf });
  document.title = `${record.name} · Partnership Evidence Ledger`;
  clear(document.getElementById('title'), record.name);
  clear(document.getElementById('record'),
    figure('Partnerships', record.partnerships),
    figure('With outcome data', record.withOutcomeData),
    figure('Share with outcome data', `${Math.round(record.shareWithOutcomeData * 100)} %`),
    figure('Median days without outcome data', record.medianDaysWithoutOutcomeData),
    figure('Median days to first outcome data', record.medianDaysToFirstOutcomeData),
    figure('Overdue deployments', record.overdueDeployments));
  const lowerName = record.name.toLowerCase();
  clear(document.querySelector('#items tbody'), record.items.map(item => el('tr', {},
    el('th', { scope: 'row' }, partnershipLink(item.partnershipId, item.title)),
    el('td', {}, item.parties.filter(party => party.name.toLowerCase() === lowerName).map(party => words(party.role)).join(', ')),
    el('td', {}, stageBadge(item.stage)),
    el('td', { class: 'num' }, item.daysWithoutOutcomeData),
    el('td', { class: 'num' }, item.daysToFirstOutcomeData ?? '—'))));
  barChart(document.getElementById('chart'), record.items.map(item => ({
    label: item.title, value: item.daysWithoutOutcomeData || item.daysToFirstOutcomeData || 0,
    good: item.outcomeReports > 0 })),
  { title: `Days without outcome data of each partnership of ${record.name}; for those with outcome data (green), the days it took` });
}

async function start() {
  asOfForm(document.getElementById('as-of-form'));
  await account();
  try {
    await load();
  } catch (problem) {
    showProblem(document.getElementById('problem'), problem);
    return;
  }
  live(debounce(load, 500), asOf && asOf !== today());
}

start();
