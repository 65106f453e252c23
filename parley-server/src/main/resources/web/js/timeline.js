// Timeline: corroborated incidents on a zoomable time axis, coloured by type, filtered by actor,
// issue and conflict (a pair of actors). A point opens the incident.
import {header, el, show, esc, getJson, getAll, fillSelect, actorOptions, conflictOptions, showError, exportLinks, truncate, TYPE_COLOURS, latestRequest} from './api.js';

header('Timeline');
const request = latestRequest();
const chart = echarts.init(document.getElementById('chart'));
window.addEventListener('resize', () => chart.resize());
const selects = ['actor', 'issue', 'conflict'].map(id => document.getElementById(id));
const [actorSelect, issueSelect, conflictSelect] = selects;
const exports = document.getElementById('exports');
// The incidents shown and the events of the same filters (a conflict keeps the events that have both
// actors among their actors and recipients, as it keeps the incidents).
const exportIncidents = exportLinks(exports, 'timeline', 'Incidents');
const exportEvents = exportLinks(exports, 'events', 'Events');
const eventsLink = el('a', {id: 'events-link', href: 'events.html', title: 'The events of these filters, one by one'}, 'Events of these filters');
exports.append(eventsLink);

async function setup() {
  const [vocabulary, actors, network] = await Promise.all([getJson('/api/vocabulary'), actorOptions(), getJson('/api/network')]);
  fillSelect(actorSelect, actors);
  fillSelect(issueSelect, vocabulary.issues.map(i => ({value: i, label: i.replace(/_/g, ' ')})));
  fillSelect(conflictSelect, conflictOptions(network));
  const params = new URLSearchParams(location.search);
  for (const select of selects) {
    if (params.get(select.id)) select.value = params.get(select.id);
    select.addEventListener('change', load);
  }
  chart.on('click', params => {
    if (params.data && params.data.id) location.href = 'incident.html?id=' + encodeURIComponent(params.data.id);
  });
  await load();
}

async function load() {
  const current = request();
  const filters = {actor: actorSelect.value, issue: issueSelect.value, conflict: conflictSelect.value};
  const count = document.getElementById('timeline-count');
  try {
    const incidents = await getAll('/api/timeline', filters);
    if (!current()) return;
    const state = new URLSearchParams(Object.entries(filters).filter(([, v]) => v));
    history.replaceState(null, '', state.toString() ? '?' + state : location.pathname);
    exportIncidents(filters);
    exportEvents(filters);
    eventsLink.href = 'events.html' + (state.toString() ? '?' + state : '');
    count.textContent = `${incidents.length} incidents` + (filters.actor || filters.issue || filters.conflict ? ' (filtered)' : '');
    draw(incidents);
    table(incidents);
  } catch (error) {
    if (current()) showError(count, error);
  }
}

function draw(incidents) {
  const types = [...new Set(incidents.map(i => i.type))].sort();
  const series = types.map(type => ({
    name: type, type: 'scatter', itemStyle: {color: TYPE_COLOURS[type] || '#888'},
    symbolSize: d => 8 + 4 * Math.min(5, d[2]),
    data: incidents.filter(i => i.type === type).map(i => ({
      value: [i.first_day, type, i.outlet_count], id: i.id, incident: i
    }))
  }));
  chart.setOption({
    animation: false,
    grid: {left: 110, right: 30, top: 40, bottom: 80},
    legend: {top: 0, type: 'scroll'},
    tooltip: {
      trigger: 'item', confine: true, extraCssText: 'max-width: 420px; white-space: normal;',
      formatter: p => {
        const i = p.data.incident;
        return `<b>${esc(i.type)}</b> ${esc(i.date)}<br>${esc(i.actors.join(', '))}` +
          (i.recipients.length ? ` → ${esc(i.recipients.join(', '))}` : '') +
          (i.issues.length ? `<br>${esc(i.issues.join(', '))}` : '') +
          `<br>${esc(i.outlet_count)} outlet(s)<br><i>${esc(truncate(i.evidence, 160))}</i>`;
      }
    },
    xAxis: {type: 'time', name: 'date'},
    yAxis: {type: 'category', data: types},
    dataZoom: [{type: 'slider', xAxisIndex: 0, bottom: 20}, {type: 'inside', xAxisIndex: 0}],
    series
  }, true);
}

function table(incidents) {
  const rows = incidents.slice(0, 200).map(i => el('tr', {},
    el('td', {}, i.date),
    el('td', {}, el('span', {class: 'badge'}, i.type)),
    el('td', {}, i.actors.join(', ') + (i.recipients.length ? ' → ' + i.recipients.join(', ') : '')),
    el('td', {}, i.issues.join(', ')),
    el('td', {}, el('a', {href: 'incident.html?id=' + encodeURIComponent(i.id)}, truncate(i.evidence, 140))),
    el('td', {class: 'muted'}, `${i.outlet_count} outlet(s)`)));
  show(document.getElementById('incidents'),
    el('thead', {}, el('tr', {}, ['Date', 'Type', 'Who', 'Issues', 'Evidence', 'Sources'].map(h => el('th', {}, h)))),
    el('tbody', {}, rows));
}

setup().catch(error => showError(document.getElementById('timeline-count'), error));
