import { words, get, send, el, clear, partnershipLink, account, Problem } from './ledger.js';

// One form per command of API.md. The server holds every rule (the forms send `novalidate`), so a
// rule is written once and its answer shows at the field it names.
const ROLES = ['MODEL_OWNER', 'DEVELOPER', 'TECHNOLOGY_PARTNER', 'CLOUD_DISTRIBUTOR', 'DATA_PROVIDER', 'CLINICAL_SITE',
  'HARDWARE_PARTNER', 'OTHER'];
const MEASURES = ['DIAGNOSTIC_ACCURACY', 'TIME_TO_DIAGNOSIS', 'CLINICIAN_ADOPTION', 'COST_PER_CASE', 'LATENCY',
  'PATIENT_OUTCOME', 'OTHER'];
const SCOPES = ['INTERNAL_PILOT', 'LIMITED_ROLLOUT', 'GENERAL_AVAILABILITY'];
const PARTY_ROWS = 4;

const source = { name: 'source', type: 'source' };
const entryId = { name: 'entryId', label: 'Entry id', hint: 'Optional: the server assigns one if left empty.' };

const COMMANDS = {
  announcement: { label: 'Announce a partnership', path: () => '/api/partnerships', fields: [
    { name: 'partnershipId', label: 'Partnership id', hint: 'Optional: lower-case letters, digits and dashes; made from the title if left empty.' },
    { name: 'title', label: 'Title', required: true },
    { name: 'parties', type: 'parties', required: true },
    { name: 'announcedOn', label: 'Announced on', type: 'date', required: true },
    source,
    { name: 'modelName', label: 'Model name' },
    { name: 'dataBasis', label: 'Data basis' },
    { name: 'intendedUses', label: 'Intended uses', type: 'list', hint: 'Separated by commas.' },
    { name: 'buildsOn', label: 'Builds on (partnership ids)', type: 'list', hint: 'Separated by commas.' }] },
  benchmark: { label: 'Publish a benchmark', path: id => `/api/partnerships/${id}/benchmarks`, fields: [
    { name: 'metric', label: 'Metric', required: true },
    { name: 'value', label: 'Value', type: 'number', required: true },
    { name: 'unit', label: 'Unit', required: true },
    { name: 'publishedOn', label: 'Published on', type: 'date', required: true },
    source,
    { name: 'measure', label: 'Speaks to the buyer’s ask', type: 'select', options: MEASURES, optional: true },
    { name: 'dataset', label: 'Dataset' },
    { name: 'comparator', label: 'Comparator' },
    { name: 'sampleSize', label: 'Sample size', type: 'integer' },
    { name: 'independent', label: 'Independent', type: 'checkbox' },
    { name: 'peerReviewed', label: 'Peer reviewed', type: 'checkbox' },
    entryId] },
  validation: { label: 'Record an independent validation', path: id => `/api/partnerships/${id}/validations`, fields: [
    { name: 'validator', label: 'Validator', required: true },
    { name: 'studyDesign', label: 'Study design', required: true },
    { name: 'summary', label: 'Summary', type: 'textarea', required: true },
    { name: 'publishedOn', label: 'Published on', type: 'date', required: true },
    source, entryId] },
  'deployment-timeline': { label: 'Announce a deployment timeline', path: id => `/api/partnerships/${id}/deployment-timelines`, fields: [
    { name: 'targetDate', label: 'Target date', type: 'date', required: true },
    { name: 'scope', label: 'Scope', required: true },
    { name: 'announcedOn', label: 'Announced on', type: 'date', hint: 'Optional: the day it is recorded if left empty.' },
    source, entryId] },
  deployment: { label: 'Record a clinical deployment', path: id => `/api/partnerships/${id}/deployments`, fields: [
    { name: 'site', label: 'Site', required: true },
    { name: 'scope', label: 'Scope', type: 'select', options: SCOPES, required: true },
    { name: 'deployedOn', label: 'Deployed on', type: 'date', required: true },
    source, entryId] },
  outcome: { label: 'Report outcome data', path: id => `/api/partnerships/${id}/outcomes`, fields: [
    { name: 'measure', label: 'Measure', type: 'select', options: MEASURES, required: true },
    { name: 'value', label: 'Value', type: 'number', required: true },
    { name: 'unit', label: 'Unit', required: true },
    { name: 'reportedOn', label: 'Reported on', type: 'date', required: true },
    source,
    { name: 'baseline', label: 'Baseline', type: 'number' },
    { name: 'population', label: 'Population' },
    entryId] },
  availability: { label: 'Announce availability', path: id => `/api/partnerships/${id}/availability`, fields: [
    { name: 'channel', label: 'Channel', required: true, hint: 'For example: offered through a cloud API.' },
    { name: 'availableOn', label: 'Available on', type: 'date' },
    { name: 'announcedOn', label: 'Announced on', type: 'date', hint: 'Optional: the day it is recorded if left empty.' },
    source, entryId] },
  retraction: { label: 'Retract an entry', path: id => `/api/partnerships/${id}/retractions`, fields: [
    { name: 'entryId', label: 'Entry to retract (entry id)', required: true },
    { name: 'reason', label: 'Reason', type: 'textarea', required: true }] },
  conclusion: { label: 'Conclude the partnership', path: id => `/api/partnerships/${id}/conclusion`, fields: [
    { name: 'concludedOn', label: 'Concluded on', type: 'date', required: true },
    { name: 'reason', label: 'Reason', type: 'textarea', required: true }] },
};

const parameters = new URLSearchParams(location.search);
const chooser = document.getElementById('command');
const partnershipInput = document.getElementById('partnershipId');
const host = document.getElementById('form-host');

function fieldId(name) {
  return `field-${name.replace(/[^a-zA-Z0-9]+/g, '-')}`;
}

function labelled(name, label, control, { required, hint } = {}) {
  const id = fieldId(name);
  control.id = id;
  control.name = name;
  if (required) control.setAttribute('aria-required', 'true');
  const described = [];
  const parts = [el('label', { for: id, class: required ? 'required' : null }, label), control];
  if (hint) {
    parts.push(el('span', { class: 'hint', id: `${id}-hint` }, hint));
    described.push(`${id}-hint`);
  }
  parts.push(el('span', { class: 'field-error', id: `${id}-error`, 'data-error-for': name }));
  described.push(`${id}-error`);
  control.setAttribute('aria-describedby', described.join(' '));
  return el('div', { class: control.type === 'checkbox' ? 'field check' : 'field', 'data-field': name }, parts);
}

function control(field) {
  switch (field.type) {
    case 'date': return el('input', { type: 'date' });
    case 'number': return el('input', { type: 'text', inputmode: 'decimal' });
    case 'integer': return el('input', { type: 'text', inputmode: 'numeric' });
    case 'textarea': return el('textarea', {});
    case 'checkbox': return el('input', { type: 'checkbox' });
    case 'select': return el('select', {}, field.required ? el('option', { value: '' }, 'Choose…') : el('option', { value: '' }, 'None'),
      field.options.map(option => el('option', { value: option }, words(option))));
    default: return el('input', { type: 'text' });
  }
}

function render(field) {
  if (field.type === 'source') {
    return el('fieldset', {}, el('legend', {}, 'Source'),
      labelled('source.url', 'URL', el('input', { type: 'url' }), { required: true }),
      labelled('source.publisher', 'Publisher', el('input', { type: 'text' })),
      labelled('source.title', 'Title', el('input', { type: 'text' })),
      el('span', { class: 'field-error', 'data-error-for': 'source' }));
  }
  if (field.type === 'parties') {
    const rows = [];
    for (let index = 0; index < PARTY_ROWS; index++) {
      rows.push(el('div', { class: 'party' },
        labelled(`parties[${index}].name`, `Party ${index + 1}: organization`, el('input', { type: 'text' }), { required: index === 0 }),
        labelled(`parties[${index}].role`, `Party ${index + 1}: role`,
          el('select', {}, ROLES.map(role => el('option', { value: role }, words(role)))))));
    }
    return el('fieldset', {}, el('legend', { class: 'required' }, 'Parties'), rows,
      el('span', { class: 'field-error', 'data-error-for': 'parties' }));
  }
  return labelled(field.name, field.label, control(field), field);
}

function number(text) {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : trimmed;
}

/** The request body of the form, leaving empty optional fields out so that the server's defaults apply. */
function body(form, spec) {
  const value = name => form.elements[name]?.value.trim() ?? '';
  const result = {};
  for (const field of spec.fields) {
    if (field.type === 'source') {
      result.source = { url: value('source.url') || undefined, publisher: value('source.publisher') || undefined,
        title: value('source.title') || undefined };
    } else if (field.type === 'parties') {
      const rows = [];
      for (let index = 0; index < PARTY_ROWS; index++) {
        rows.push({ name: value(`parties[${index}].name`), role: value(`parties[${index}].role`) });
      }
      while (rows.length > 1 && !rows[rows.length - 1].name) rows.pop();
      result.parties = rows.map(row => ({ name: row.name || undefined, role: row.role }));
    } else if (field.type === 'checkbox') {
      result[field.name] = form.elements[field.name].checked;
    } else if (field.type === 'list') {
      const items = value(field.name).split(',').map(item => item.trim()).filter(Boolean);
      if (items.length) result[field.name] = items;
    } else if (field.type === 'number' || field.type === 'integer') {
      const parsed = number(value(field.name));
      if (parsed !== undefined) result[field.name] = parsed;
    } else if (value(field.name) !== '') {
      result[field.name] = value(field.name);
    }
  }
  return result;
}

function clearErrors(form) {
  form.querySelectorAll('[data-error-for]').forEach(node => { node.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach(node => node.removeAttribute('aria-invalid'));
}

/** Shows each of the server's field errors at its field (parties[1].name, source.url, value), the rest on top. */
function showErrors(form, problem, summary) {
  const unplaced = [];
  let first = null;
  for (const error of problem.body.errors || []) {
    const name = error.field.replace(/\[\d+\]$/, '');
    const holder = form.querySelector(`[data-error-for="${CSS.escape(error.field)}"]`)
      || form.querySelector(`[data-error-for="${CSS.escape(name)}"]`);
    if (!holder) {
      unplaced.push(`${error.field}: ${error.message}`);
      continue;
    }
    holder.textContent = holder.textContent ? `${holder.textContent}; ${error.message}` : error.message;
    const input = form.elements[error.field] || form.elements[name];
    if (input && input.setAttribute) {
      input.setAttribute('aria-invalid', 'true');
      first = first || input;
    }
  }
  summary.className = 'problem';
  summary.hidden = false;
  clear(summary, `Not recorded (${problem.status}): ${problem.body.title || problem.message}. `,
    (problem.body.errors || []).length ? 'See the fields marked below.' : (problem.body.detail || ''),
    unplaced.length ? el('ul', {}, unplaced.map(text => el('li', {}, text))) : null);
  (first || summary).focus?.();
}

function build(command) {
  const spec = COMMANDS[command];
  const needsPartnership = command !== 'announcement';
  document.getElementById('partnership-choice').hidden = !needsPartnership;
  document.getElementById('form-heading').textContent = spec.label;
  const outcome = el('div', { role: 'status', 'aria-live': 'polite', tabindex: '-1', hidden: true, id: 'form-outcome' });
  const submit = el('button', { type: 'submit' }, spec.label);
  const form = el('form', { class: 'command', novalidate: true, 'data-command': command, 'aria-labelledby': 'form-heading' },
    outcome, spec.fields.map(render), el('div', {}, submit));
  // One key per filling of the form: every submission of the same fill (a double click, a retry after a
  // dropped connection) is the same request, recorded once. A new fill starts after an answer.
  let key = crypto.randomUUID();
  form.dataset.idempotencyKey = key;
  const renew = () => { key = crypto.randomUUID(); form.dataset.idempotencyKey = key; };
  for (const [name, value] of parameters) {
    if (name !== 'command' && name !== 'partnershipId' && form.elements[name]) form.elements[name].value = value;
  }
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(form);
    const partnershipId = partnershipInput.value.trim();
    if (needsPartnership && !partnershipId) {
      showErrors(form, new Problem(400, { title: 'Which partnership?', errors: [{ field: 'partnershipId', message: 'name the partnership' }] }), outcome);
      partnershipInput.setAttribute('aria-invalid', 'true');
      partnershipInput.focus();
      return;
    }
    submit.disabled = true;
    try {
      const recorded = await send(spec.path(encodeURIComponent(partnershipId)), body(form, spec), key);
      outcome.className = 'success';
      outcome.hidden = false;
      clear(outcome, 'Recorded', recorded.entryId ? ` entry ${recorded.entryId}` : '', ' on ',
        partnershipLink(recorded.partnershipId), ` (version ${recorded.version}).`);
      form.querySelectorAll('input:not([type=checkbox]), textarea').forEach(input => { input.value = ''; });
      renew();
      outcome.focus();
    } catch (failure) {
      if (failure instanceof Problem) {
        // Refused: nothing was recorded, and the corrected form is a new request.
        renew();
        showErrors(form, failure, outcome);
      } else {
        outcome.className = 'problem';
        outcome.hidden = false;
        clear(outcome, 'No answer from the ledger: submit again, it will not record twice.');
      }
    } finally {
      submit.disabled = false;
    }
  });
  clear(host, form);
}

async function start() {
  // Forms do not follow the stream: nothing on this page would change with it.
  document.getElementById('live').hidden = true;
  const who = await account();
  if (!who.mayRecord) {
    document.getElementById('no-intake').hidden = false;
    document.getElementById('choose').hidden = true;
    return;
  }
  chooser.append(...Object.entries(COMMANDS).map(([name, spec]) => el('option', { value: name }, spec.label)));
  chooser.value = COMMANDS[parameters.get('command')] ? parameters.get('command') : 'announcement';
  partnershipInput.value = parameters.get('partnershipId') || '';
  chooser.addEventListener('change', () => build(chooser.value));
  build(chooser.value);
  if (who.mayRead) {
    get('/api/partnerships', { size: 200, sort: 'announcedOn' }).then(page => document.getElementById('partnership-ids')
      .append(...page.items.map(item => el('option', { value: item.partnershipId }, item.title)))).catch(() => {});
  }
}

start();
