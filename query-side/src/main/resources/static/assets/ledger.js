// What every page shares: reading the JSON API with the browser's credentials, the names people
// read instead of the API's codes, the signed-in account and the live sign.

export const STAGES = ['ANNOUNCED', 'BENCHMARKED', 'INDEPENDENTLY_VALIDATED', 'CLINICALLY_DEPLOYED', 'OUTCOMES_REPORTED'];
export const GAPS = ['NO_BENCHMARK', 'NO_INDEPENDENT_VALIDATION', 'NO_DEPLOYMENT_TIMELINE', 'DEPLOYMENT_OVERDUE',
  'NO_CLINICAL_DEPLOYMENT', 'NO_OUTCOME_DATA'];

/** ANNOUNCED -> "Announced", NO_OUTCOME_DATA -> "No outcome data". */
export function words(code) {
  if (code == null) return '';
  const text = String(code).toLowerCase().replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A problem+json answer (or a network failure) as an Error the pages can show. */
export class Problem extends Error {
  constructor(status, body) {
    super((body && (body.detail || body.title)) || `The ledger answered ${status}.`);
    this.status = status;
    this.body = body || {};
  }
}

async function answer(response) {
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json() : null;
  if (!response.ok) throw new Problem(response.status, body);
  return body;
}

/** GET a JSON resource; parameters with empty values are left out. */
export async function get(path, parameters = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) {
    if (value !== undefined && value !== null && value !== '') query.set(name, value);
  }
  const url = query.toString() ? `${path}?${query}` : path;
  return answer(await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' }));
}

/** POST a command with its Idempotency-Key: a repeat with the same key records nothing new. */
export async function send(path, body, idempotencyKey) {
  return answer(await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': idempotencyKey },
    body: JSON.stringify(body),
  }));
}

/** Builds an element: el('a', {href: '/'}, 'Dashboard'). Strings become text, never markup. */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : value);
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function clear(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

export function partnershipLink(id, title) {
  return el('a', { href: `/partnerships/${encodeURIComponent(id)}` }, title || id);
}

export function organizationLink(name) {
  return el('a', { href: `/organizations/${encodeURIComponent(name)}` }, name);
}

export function stageBadge(stage) {
  return el('span', { class: `stage ${stage}` }, words(stage));
}

export function gapList(gaps) {
  return el('ul', { class: 'gaps', 'aria-label': 'Evidence gaps' }, (gaps || []).map(gap => el('li', {}, words(gap))));
}

export function figure(term, value) {
  return el('div', {}, el('dt', {}, term), el('dd', {}, value === null || value === undefined ? '—' : value));
}

/** The parties, each organization once with its roles: "Microsoft (technology partner, cloud distributor)". */
export function partyNames(parties, linked = true) {
  const roles = new Map();
  for (const party of parties || []) {
    if (!roles.has(party.name)) roles.set(party.name, []);
    roles.get(party.name).push(words(party.role).toLowerCase());
  }
  const items = [];
  for (const [name, list] of roles) {
    if (items.length) items.push(', ');
    items.push(linked ? organizationLink(name) : name, ` (${list.join(', ')})`);
  }
  return items;
}

export function today() {
  return new Date().toISOString().slice(0, 10);
}

/** asOf from the address, or '' for now. */
export function asOfParameter() {
  return new URLSearchParams(location.search).get('asOf') || '';
}

/** The as-of date picker of a page: submitting it reloads the page as of that day. */
export function asOfForm(form) {
  const input = form.querySelector('input[name=asOf]');
  input.max = today();
  input.value = asOfParameter();
  form.addEventListener('submit', event => {
    event.preventDefault();
    const parameters = new URLSearchParams(location.search);
    if (input.value && input.value !== today()) parameters.set('asOf', input.value); else parameters.delete('asOf');
    location.search = parameters.toString();
  });
}

let accountPromise;

/** The signed-in account {name, roles}; the header shows it and the intake link for INTAKE accounts. */
export function account() {
  if (!accountPromise) {
    accountPromise = get('/account').then(found => {
      const mayRecord = found.roles.includes('INTAKE');
      const mayRead = found.roles.includes('VIEWER') || found.roles.includes('AUDITOR');
      document.getElementById('nav-intake').hidden = !mayRecord;
      clear(document.getElementById('account'), `Signed in as ${found.name}`);
      return { ...found, mayRecord, mayRead };
    });
  }
  return accountPromise;
}

/**
 * Follows /api/stream: calls onChange with each changed summary, and keeps the header's sign saying
 * whether the page is live. EventSource reconnects by itself after a dropped connection.
 */
export function live(onChange, paused = false) {
  const sign = document.getElementById('live');
  const text = document.getElementById('live-text');
  const show = (state, words) => {
    sign.classList.remove('on', 'off');
    if (state) sign.classList.add(state);
    text.textContent = words;
  };
  if (paused) {
    show('off', 'Not live: a past date');
    return null;
  }
  const source = new EventSource('/api/stream');
  source.addEventListener('open', () => show('on', 'Live'));
  source.addEventListener('error', () => show('off', 'Reconnecting…'));
  source.addEventListener('partnership', event => onChange(JSON.parse(event.data)));
  return source;
}

export function showProblem(node, problem) {
  node.hidden = false;
  clear(node, problem.status === 404 ? problem.message : `${problem.message}`);
}

/** Calls fn at most once per wait, with the latest arguments. */
export function debounce(fn, wait = 250) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), wait);
  };
}
