// The ledger's pages as people use them, in headless Debian Chromium: a running ledger-app.jar with the
// demo ledger (LEDGER_URL), a viewer account and an intake account that may also read (LEDGER_VIEWER,
// LEDGER_INTAKE as name:password). Screenshots go to SCREENSHOTS (ledger-app/target/screenshots).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const BASE = process.env.LEDGER_URL ?? 'http://127.0.0.1:8080';
const [viewerName, viewerPassword] = (process.env.LEDGER_VIEWER ?? 'viewer:change-me-2').split(':');
const [intakeName, intakePassword] = (process.env.LEDGER_INTAKE ?? 'intake:change-me-1').split(':');
const SCREENSHOTS = process.env.SCREENSHOTS ?? '../../../target/screenshots';
const REFERENCE = 'mayo-microsoft-frontier-model';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-quic', '--no-first-run', '--disable-sync'];

let browser;
const foreignRequests = [];
const scriptFailures = [];

before(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
});

async function signedIn(name, password) {
  const context = await browser.newContext({ baseURL: BASE, httpCredentials: { username: name, password },
    viewport: { width: 1280, height: 900 } });
  context.on('request', request => {
    if (!request.url().startsWith(BASE) && !request.url().startsWith('data:')) foreignRequests.push(request.url());
  });
  const page = await context.newPage();
  page.on('pageerror', error => scriptFailures.push(`${page.url()}: ${error.message}`));
  page.on('console', message => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy')) {
      scriptFailures.push(`${page.url()}: ${message.text()}`);
    }
  });
  return page;
}

const asViewer = () => signedIn(viewerName, viewerPassword);
const asIntake = () => signedIn(intakeName, intakePassword);

function basic(name, password) {
  return `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`;
}

async function api(path, { body, as = 'viewer', key } = {}) {
  const authorization = as === 'viewer' ? basic(viewerName, viewerPassword) : basic(intakeName, intakePassword);
  const headers = { Authorization: authorization, Accept: 'application/json' };
  if (body) headers['Content-Type'] = 'application/json';
  if (key) headers['Idempotency-Key'] = key;
  const response = await fetch(`${BASE}${path}`, { method: body ? 'POST' : 'GET', headers, body: body && JSON.stringify(body) });
  return { status: response.status, json: await response.json() };
}

/** No serious or critical axe-core violation on the page as it is now. */
async function assertAccessible(page, name) {
  // Evaluated through the DevTools protocol: the pages' Content-Security-Policy refuses inline scripts.
  await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const grave = result.violations.filter(violation => ['serious', 'critical'].includes(violation.impact));
  assert.deepEqual(grave.map(violation => `${violation.id}: ${violation.help} (${violation.nodes.map(node => node.target).join(' | ')})`), [],
    `axe-core found serious or critical violations on ${name}`);
}

function daysSince(date) {
  return Math.floor((Date.parse(new Date().toISOString().slice(0, 10)) - Date.parse(date)) / 86400000);
}

async function rankingTitles(page) {
  return page.locator('#ranking tbody tr td:nth-child(2)').allTextContents();
}

test('without credentials a page asks the browser to sign in and never shows the API\'s 401 document', async () => {
  const page = await fetch(`${BASE}/`);
  assert.equal(page.status, 401);
  assert.match(page.headers.get('www-authenticate'), /^Basic realm="ledger"/);
  assert.match(page.headers.get('content-type'), /^text\/html/);
  assert.match(await page.text(), /Sign in to the Partnership Evidence Ledger/);
  const apiAnswer = await fetch(`${BASE}/api/dashboard`);
  assert.equal(apiAnswer.status, 401);
  assert.match(apiAnswer.headers.get('content-type'), /^application\/problem\+json/);
});

test('the dashboard ranks by days without outcome data, shows the reference case, counts by stage and filters', async () => {
  const page = await asViewer();
  await page.goto('/');
  const referenceRow = page.locator(`#ranking tr[data-partnership-id="${REFERENCE}"]`);
  await referenceRow.waitFor();
  assert.equal(await referenceRow.locator('td:nth-child(5)').textContent(), String(daysSince('2026-06-04')));
  await page.locator('#live.on').waitFor();
  assert.equal(await page.locator('#live-text').textContent(), 'Live');
  const dashboard = (await api('/api/dashboard')).json;
  for (const [stage, count] of Object.entries(dashboard.byStage)) {
    assert.ok(count > 0, `the demo ledger reaches ${stage}`);
    assert.equal(await page.locator(`.stages a[data-stage="${stage}"] .count`).textContent(), String(count));
  }
  const days = (await page.locator('#ranking tbody td:nth-child(5)').allTextContents()).map(Number);
  assert.deepEqual(days, [...days].sort((a, b) => b - a), 'longest without outcome data first');
  assert.ok(await page.locator('#chart svg rect.bar').count() > 10, 'the chart draws a bar per partnership');
  await page.screenshot({ path: `${SCREENSHOTS}/dashboard.png`, fullPage: false });
  await assertAccessible(page, 'the dashboard');

  await page.selectOption('#stage', 'OUTCOMES_REPORTED');
  await page.click('#filters button[type=submit]');
  await page.waitForURL(/stage=OUTCOMES_REPORTED/);
  await page.locator('#ranking tbody tr').first().waitFor();
  const stages = await page.locator('#ranking tbody td:nth-child(4) .stage').allTextContents();
  assert.equal(stages.length, dashboard.byStage.OUTCOMES_REPORTED);
  assert.ok(stages.every(stage => stage === 'Outcomes reported'), stages.join());

  await page.goto('/?party=Mayo%20Clinic');
  await referenceRow.waitFor();
  const parties = await page.locator('#ranking tbody td:nth-child(3)').allTextContents();
  assert.equal(parties.length, 3);
  assert.ok(parties.every(names => names.includes('Mayo Clinic')));

  await page.goto('/?gap=DEPLOYMENT_OVERDUE');
  await page.locator('#ranking tbody tr').first().waitFor();
  const gaps = await page.locator('#ranking tbody td:nth-child(6)').allTextContents();
  assert.ok(gaps.length > 0 && gaps.every(text => text.includes('Deployment overdue')));

  await page.goto('/');
  await referenceRow.waitFor();
  await page.fill('#q', 'sepsis');
  await page.click('#filters button[type=submit]');
  await page.waitForURL(/q=sepsis/);
  await page.locator('#ranking tbody tr').first().waitFor();
  const titles = await rankingTitles(page);
  assert.ok(titles.length > 0 && titles.every(title => title.toLowerCase().includes('sepsis')), titles.join(' | '));
  await page.context().close();
});

test('a past as-of date shows the ledger as it stood then, and says the page is not live', async () => {
  const page = await asViewer();
  await page.goto('/?asOf=2026-06-04');
  await page.locator('#ranking-count').filter({ hasText: 'match' }).waitFor();
  assert.equal(await page.locator('#ranking tbody tr').count(), 0, 'the demo ledger was recorded after that day');
  // the sign is set once the page's first answers are all in (the organizations' list may come after the ranking)
  await page.locator('#live.off').waitFor();
  assert.match(await page.locator('#live-text').textContent(), /Not live/);
  await page.context().close();
});

test('a click on the reference case opens its timeline, scorecard, gaps and lineage', async () => {
  const page = await asViewer();
  await page.goto('/');
  await page.click(`#ranking tr[data-partnership-id="${REFERENCE}"] a`);
  await page.waitForURL(`**/partnerships/${REFERENCE}`);
  await page.locator('#timeline li').first().waitFor();
  assert.deepEqual(await page.locator('#timeline li').evaluateAll(items => items.map(item => item.dataset.type)),
    ['ANNOUNCEMENT', 'AVAILABILITY']);
  assert.equal(await page.locator('h1').textContent(), 'Mayo Clinic and Microsoft frontier AI model for healthcare');
  assert.deepEqual(await page.locator('#gaps li').allTextContents(), ['No benchmark', 'No independent validation',
    'No deployment timeline', 'No clinical deployment', 'No outcome data']);
  assert.deepEqual(await page.locator('#scorecard tbody th').allTextContents(), ['Diagnostic accuracy', 'Time to diagnosis',
    'Clinician adoption', 'Cost per case', 'Latency']);
  assert.equal(await page.locator('#ancestors li').count(), 2);
  assert.ok(await page.locator('#timeline-chart svg circle').count() === 2);
  await page.screenshot({ path: `${SCREENSHOTS}/partnership.png`, fullPage: true });
  await assertAccessible(page, 'a partnership page');
  await page.context().close();
});

test('permalinks load cold: a partnership with a retracted entry and its reason, the organizations and one organization', async () => {
  const retracted = (await api('/api/partnerships?size=200')).json.items.find(item => item.partnershipId.startsWith('demo-03-'));
  const page = await asViewer();
  await page.goto(`/partnerships/${retracted.partnershipId}`);
  const entry = page.locator('#timeline li.retracted');
  await entry.first().waitFor();
  assert.match(await entry.first().textContent(), /Retracted: The benchmark cited the wrong test set/);
  assert.ok(await page.locator('#timeline li[data-type=RETRACTION]').count() >= 1, 'the retraction is an entry of its own');
  await assertAccessible(page, 'a partnership with a retraction');

  await page.goto('/organizations');
  await page.locator('#organizations tbody tr').first().waitFor();
  assert.ok((await page.locator('#organizations tbody th').allTextContents()).includes('Mayo Clinic'));
  await page.screenshot({ path: `${SCREENSHOTS}/organizations.png`, fullPage: true });
  await assertAccessible(page, 'the organizations');

  await page.goto('/organizations/Mayo%20Clinic');
  await page.locator('#items tbody tr').first().waitFor();
  assert.equal(await page.locator('h1').textContent(), 'Mayo Clinic');
  assert.equal(await page.locator('#items tbody tr').count(), 3);
  await assertAccessible(page, 'an organization');

  await page.goto('/partnerships/no-such-partnership');
  await page.locator('#problem').waitFor();
  assert.match(await page.locator('#problem').textContent(), /No partnership 'no-such-partnership'/);
  await page.context().close();
});

test('an intake form shows the server\'s field error at its field, records the entry once however often it is clicked, and a retraction keeps it with its reason', async () => {
  const id = `form-${Date.now()}`;
  assert.equal((await api('/api/partnerships', { as: 'intake', body: { partnershipId: id, title: 'Intake form test',
    announcedOn: '2026-01-05', parties: [{ name: 'Form Test Clinic', role: 'CLINICAL_SITE' }],
    source: { url: 'https://example.org/browser-test' } } })).status, 201);
  const page = await asIntake();
  await page.goto(`/intake?command=benchmark&partnershipId=${id}`);
  const form = page.locator('form.command[data-command=benchmark]');
  await form.waitFor();
  await page.fill('#field-metric', 'diagnostic accuracy');
  await page.fill('#field-value', '0.87');
  await page.fill('#field-unit', 'AUROC');
  await page.fill('#field-publishedOn', '2099-01-01');
  await page.fill('#field-source-url', 'https://example.org/browser-test/benchmark');
  await page.click('form.command button[type=submit]');
  const error = page.locator('[data-error-for="publishedOn"]');
  await error.filter({ hasText: /./ }).waitFor();
  assert.match(await error.textContent(), /future/);
  assert.equal(await page.locator('#field-publishedOn').getAttribute('aria-invalid'), 'true');
  await page.screenshot({ path: `${SCREENSHOTS}/intake-field-error.png`, fullPage: true });
  await assertAccessible(page, 'an intake form with a field error');

  await page.fill('#field-publishedOn', '2026-07-01');
  // Two submissions of one fill, the second while the first is in flight (as a double click on a slow
  // line, or a retry): one Idempotency-Key, so one entry.
  await page.evaluate(() => {
    const form = document.querySelector('form.command');
    form.requestSubmit();
    form.requestSubmit();
  });
  await page.locator('#form-outcome.success').waitFor();
  assert.match(await page.locator('#form-outcome').textContent(), /Recorded entry benchmark-/);
  await page.waitForTimeout(500);
  const timeline = (await api(`/api/partnerships/${id}/timeline`)).json;
  assert.equal(timeline.entries.filter(entry => entry.source?.url === 'https://example.org/browser-test/benchmark').length, 1,
    'one benchmark recorded');
  assert.equal((await api(`/api/partnerships/${id}`)).json.benchmarks, 1);
  assert.equal((await api(`/api/partnerships/${id}`)).json.stage, 'BENCHMARKED');

  await page.selectOption('#command', 'announcement');
  await page.locator('form.command[data-command=announcement]').waitFor();
  await page.fill('#field-announcedOn', '2026-01-10');
  await page.fill('#field-parties-0-name', 'Browser Test Clinic');
  await page.fill('#field-source-url', 'https://example.org/browser-test/announcement');
  await page.click('form.command button[type=submit]');
  await page.locator('[data-error-for="title"]').filter({ hasText: /./ }).waitFor();

  // A correction never deletes: the entry's own link opens the retraction form, and the timeline keeps it with its reason.
  await page.goto(`/partnerships/${id}`);
  await page.click('#timeline li[data-type=BENCHMARK] a:has-text("Retract this entry")');
  await page.locator('form.command[data-command=retraction]').waitFor();
  await page.fill('#field-reason', 'Wrong test set cited');
  await page.click('form.command button[type=submit]');
  await page.locator('#form-outcome.success').waitFor();
  await page.goto(`/partnerships/${id}`);
  await page.locator('#timeline li.retracted').waitFor();
  assert.match(await page.locator('#timeline li.retracted').textContent(), /Retracted: Wrong test set cited/);
  assert.equal((await api(`/api/partnerships/${id}`)).json.stage, 'ANNOUNCED');
  await page.context().close();
});

test('a live update arrives: a partnership announced elsewhere appears on an open dashboard', async () => {
  const page = await asViewer();
  await page.goto('/');
  await page.locator('#live.on').waitFor();
  const id = `live-${Date.now()}`;
  const announced = await api('/api/partnerships', { as: 'intake', key: crypto.randomUUID(), body: {
    partnershipId: id, title: 'Live update arrives from the stream', announcedOn: '2023-12-01',
    parties: [{ name: 'Stream Test Clinic', role: 'CLINICAL_SITE' }], source: { url: 'https://example.org/live' } } });
  assert.equal(announced.status, 201);
  const row = page.locator(`#ranking tr[data-partnership-id="${id}"]`);
  await row.waitFor({ timeout: 5000 });
  assert.equal(await row.locator('td:nth-child(2)').textContent(), 'Live update arrives from the stream');
  await page.context().close();
});

test('nothing loads from another host, and no page script failed or broke the Content-Security-Policy', () => {
  assert.deepEqual(foreignRequests, []);
  assert.deepEqual(scriptFailures, []);
});
