// What changed: every change of an actor's stance on an issue, in order (from -> to, when, the
// incident that shows the new stance with its evidence sentence and outlets), filtered by actor,
// issue and the period of the new stance. The positions heatmap links each cell here.
import {header, el, show, getJson, getAll, fillSelect, actorOptions, showError, truncate, actorLabel, latestRequest} from './api.js';

header('Changes');
const request = latestRequest();
const inputs = ['actor', 'issue', 'since', 'until'].map(id => document.getElementById(id));
const [actorSelect, issueSelect] = inputs;
const count = document.getElementById('changes-count');

async function setup() {
  const [vocabulary, actors] = await Promise.all([getJson('/api/vocabulary'), actorOptions()]);
  fillSelect(actorSelect, actors);
  fillSelect(issueSelect, vocabulary.issues.map(i => ({value: i, label: i.replace(/_/g, ' ')})));
  const params = new URLSearchParams(location.search);
  for (const input of inputs) {
    if (params.get(input.id)) input.value = params.get(input.id);
    input.addEventListener('change', load);
  }
  await load();
}

async function load() {
  const current = request();
  const filters = Object.fromEntries(inputs.map(input => [input.id, input.value]));
  try {
    const changes = await getAll('/api/changes', filters);
    if (!current()) return;
    const state = new URLSearchParams(Object.entries(filters).filter(([, v]) => v));
    history.replaceState(null, '', state.toString() ? '?' + state : location.pathname);
    const filtered = Object.values(filters).some(v => v);
    count.textContent = `${changes.length} changes of stance` + (filtered ? ' (filtered)' : '');
    table(changes);
  } catch (error) {
    if (current()) showError(count, error);
  }
}

function stance(point) {
  return el('span', {}, el('span', {class: 'stance ' + point.stance}, point.stance), ' ',
    el('span', {class: 'muted'}, point.date || 'undated'));
}

function table(changes) {
  const rows = changes.map(c => {
    const incident = c.incident;
    return el('tr', {},
      el('td', {class: 'actor'}, actorLabel(c.actor, c.actor_name)),
      el('td', {class: 'issue'}, c.issue.replace(/_/g, ' ')),
      el('td', {}, stance(c.from)),
      el('td', {}, '→ ', stance(c.to)),
      el('td', {class: 'evidence'}, incident
        ? el('a', {href: 'incident.html?id=' + encodeURIComponent(incident.id), title: c.explanation}, truncate(c.to.evidence, 220))
        : truncate(c.to.evidence, 220)),
      el('td', {class: 'muted'}, incident ? incident.outlets.join(', ') : ''));
  });
  show(document.getElementById('changes-table'),
    el('thead', {}, el('tr', {}, ['Actor', 'Issue', 'From', 'To', 'Evidence of the new stance', 'Outlets'].map(h => el('th', {}, h)))),
    el('tbody', {}, rows.length ? rows : el('tr', {}, el('td', {colspan: 6, class: 'muted'}, 'No change of stance'))));
}

setup().catch(error => showError(count, error));
