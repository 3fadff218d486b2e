import { get, el, clear, organizationLink, asOfParameter, asOfForm, account, live, debounce, today } from './ledger.js';
import { barChart } from './chart.js';

const asOf = asOfParameter();

async function load() {
  const organizations = await get('/api/organizations', { asOf });
  clear(document.querySelector('#organizations tbody'), organizations.map(organization => el('tr', {},
    el('th', { scope: 'row' }, organizationLink(organization.name)),
    el('td', { class: 'num' }, organization.partnerships),
    el('td', { class: 'num' }, organization.withOutcomeData),
    el('td', { class: 'num' }, organization.medianDaysWithoutOutcomeData ?? '—'))));
  barChart(document.getElementById('chart'), organizations.slice(0, 30).map(organization => ({
    label: organization.name,
    value: Math.round((100 * organization.withOutcomeData) / Math.max(1, organization.partnerships)),
    good: organization.withOutcomeData > 0,
  })), { title: 'Per organization, the share of its partnerships with outcome data, in percent', unit: '%' });
}

async function start() {
  asOfForm(document.getElementById('as-of-form'));
  await account();
  await load();
  live(debounce(load, 500), asOf && asOf !== today());
}

start();
