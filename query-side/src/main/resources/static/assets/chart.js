// Two charts drawn as inline SVG: bars of days without outcome data, and the evidence on a time axis.

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

function shorten(text, length) {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/**
 * Horizontal bars, one per row: rows [{label, value, good}], the longest bar the largest value. `good`
 * rows (outcome data on record) are drawn in the other colour. A picture only: the table beside it links.
 */
export function barChart(host, rows, { title, unit = 'days', emptyText = 'Nothing to draw.' } = {}) {
  host.replaceChildren();
  if (!rows.length) {
    host.append(document.createTextNode(emptyText));
    return;
  }
  const rowHeight = 20;
  const labelWidth = 300;
  const width = 900;
  const barSpace = width - labelWidth - 70;
  const max = Math.max(1, ...rows.map(row => row.value));
  const chart = svg('svg', { viewBox: `0 0 ${width} ${rows.length * rowHeight + 24}`, role: 'img', 'aria-labelledby': 'bar-chart-title' },
    svg('title', { id: 'bar-chart-title' }, title));
  rows.forEach((row, index) => {
    const y = index * rowHeight;
    const length = Math.max(1, (row.value / max) * barSpace);
    const group = svg('g', {},
      svg('text', { x: labelWidth - 8, y: y + 14, 'text-anchor': 'end' }, shorten(row.label, 48)),
      svg('rect', { class: row.good ? 'bar with-outcome' : 'bar', x: labelWidth, y: y + 3, width: length, height: rowHeight - 6, rx: 2 }),
      svg('text', { x: labelWidth + length + 6, y: y + 14 }, `${row.value} ${unit}`));
    chart.append(group);
  });
  const axisY = rows.length * rowHeight + 4;
  chart.append(svg('g', { class: 'axis' },
    svg('line', { x1: labelWidth, x2: labelWidth + barSpace, y1: axisY, y2: axisY }),
    svg('text', { x: labelWidth, y: axisY + 14 }, '0'),
    svg('text', { x: labelWidth + barSpace, y: axisY + 14, 'text-anchor': 'end' }, `${max} ${unit}`)));
  host.append(chart);
}

const TYPE_ROW = ['ANNOUNCEMENT', 'BENCHMARK', 'INDEPENDENT_VALIDATION', 'DEPLOYMENT_TIMELINE', 'CLINICAL_DEPLOYMENT',
  'OUTCOME_DATA', 'AVAILABILITY', 'RETRACTION', 'CONCLUSION'];

function day(date) {
  return Date.parse(`${date}T00:00:00Z`) / 86400000;
}

/** The timeline's entries on a time axis (occurredOn), one lane per entry type; retracted ones hollow. */
export function timelineChart(host, entries, endDate, words) {
  host.replaceChildren();
  if (!entries.length) return;
  const types = TYPE_ROW.filter(type => entries.some(entry => entry.type === type));
  const width = 900;
  const left = 190;
  const laneHeight = 26;
  const start = Math.min(...entries.map(entry => day(entry.occurredOn)));
  const end = Math.max(day(endDate), ...entries.map(entry => day(entry.occurredOn)), start + 1);
  const x = date => left + ((day(date) - start) / (end - start)) * (width - left - 20);
  const height = types.length * laneHeight + 36;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': 'timeline-chart-title' },
    svg('title', { id: 'timeline-chart-title' },
      `Evidence on a time axis from ${entries[0].occurredOn} to ${endDate}: ${entries.length} entries`));
  types.forEach((type, index) => {
    const y = index * laneHeight + laneHeight / 2;
    chart.append(svg('text', { x: left - 10, y: y + 4, 'text-anchor': 'end' }, words(type)));
    chart.append(svg('line', { x1: left, x2: width - 20, y1: y, y2: y, stroke: '#e1e5ea' }));
  });
  for (const entry of entries) {
    const y = types.indexOf(entry.type) * laneHeight + laneHeight / 2;
    const mark = svg('circle', { cx: x(entry.occurredOn), cy: y, r: 6,
      fill: entry.retracted ? '#ffffff' : '#0b5cad', stroke: entry.retracted ? '#6b7580' : '#0b5cad', 'stroke-width': 2 },
      svg('title', {}, `${entry.occurredOn} ${words(entry.type)}${entry.retracted ? ' (retracted)' : ''}`));
    chart.append(mark);
  }
  const axisY = types.length * laneHeight + 8;
  const firstYear = new Date(start * 86400000).getUTCFullYear();
  const lastYear = new Date(end * 86400000).getUTCFullYear();
  const axis = svg('g', { class: 'axis' }, svg('line', { x1: left, x2: width - 20, y1: axisY, y2: axisY }));
  const ticks = [];
  for (let year = firstYear; year <= lastYear; year++) {
    for (let month = 0; month < 12; month += (end - start > 500 ? 6 : end - start > 120 ? 3 : 1)) {
      const date = `${year}-${String(month + 1).padStart(2, '0')}-01`;
      if (day(date) >= start && day(date) <= end) ticks.push(date);
    }
  }
  for (const date of ticks) {
    axis.append(svg('line', { x1: x(date), x2: x(date), y1: axisY, y2: axisY + 4 }));
    axis.append(svg('text', { x: x(date), y: axisY + 16, 'text-anchor': 'middle' }, date.slice(0, 7)));
  }
  chart.append(axis);
  host.append(chart);
}
