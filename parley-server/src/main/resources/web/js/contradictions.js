// Where sources disagree: incidents where outlets report the same actor accepting and rejecting
// (/api/contradictions), and incidents whose reports give different dates or numbers for one act
// (/api/disagreements), each side by side with its evidence.
import {header, el, show, getJson, getAll, fillSelect, actorOptions, showError, truncate, latestRequest} from './api.js';

header('Contradictions');
const request = latestRequest();
const selects = ['actor', 'issue'].map(id => document.getElementById(id));
const [actorSelect, issueSelect] = selects;
const count = document.getElementById('contradictions-count');

async function setup() {
  const [vocabulary, actors] = await Promise.all([getJson('/api/vocabulary'), actorOptions()]);
  fillSelect(actorSelect, actors);
  fillSelect(issueSelect, vocabulary.issues.map(i => ({value: i, label: i.replace(/_/g, ' ')})));
  const params = new URLSearchParams(location.search);
  for (const select of selects) {
    if (params.get(select.id)) select.value = params.get(select.id);
    select.addEventListener('change', load);
  }
  await load();
}

async function load() {
  const current = request();
  const filters = {actor: actorSelect.value, issue: issueSelect.value};
  try {
    const [contradictions, disagreements] = await Promise.all([
      getAll('/api/contradictions', filters), getAll('/api/disagreements', filters)]);
    if (!current()) return;
    const state = new URLSearchParams(Object.entries(filters).filter(([, v]) => v));
    history.replaceState(null, '', state.toString() ? '?' + state : location.pathname);
    count.textContent = `${contradictions.length} contradictions, ${disagreements.length} disagreements`
      + (filters.actor || filters.issue ? ' (filtered)' : '');
    showContradictions(contradictions);
    showDisagreements(disagreements);
  } catch (error) {
    if (current()) showError(count, error);
  }
}

function who(incident) {
  return incident.actors.join(', ') + (incident.recipients.length ? ' → ' + incident.recipients.join(', ') : '');
}

function incidentLink(incident, text) {
  return el('a', {href: 'incident.html?id=' + encodeURIComponent(incident.id)}, text);
}

function side(incident, kind) {
  return el('div', {class: 'claim ' + kind},
    el('div', {class: 'value'}, `${incident.type} · ${incident.date || 'undated'}`),
    el('div', {class: 'muted'}, `${who(incident)} · ${incident.issues.join(', ')}`),
    el('div', {class: 'muted'}, 'Outlets: ' + incident.outlets.join(', ')),
    el('p', {}, incidentLink(incident, truncate(incident.evidence, 300))));
}

function showContradictions(contradictions) {
  const node = document.getElementById('contradictions');
  if (!contradictions.length) {
    show(node, el('p', {class: 'muted'}, 'No outlet contradicts another on whether an actor accepted or rejected.'));
    return;
  }
  show(node, contradictions.map(c => el('section', {class: 'contradiction', 'data-actors': c.actor_code,
      'data-issues': [...new Set([...c.accepting.issues, ...c.rejecting.issues])].join(' ')},
    el('h3', {}, c.actor_code), el('p', {class: 'muted'}, c.reason),
    el('div', {class: 'side-by-side'}, side(c.accepting, 'accepting'), side(c.rejecting, 'rejecting')))));
}

function claim(value) {
  return el('div', {class: 'claim'},
    el('div', {class: 'value'}, value.value),
    el('div', {class: 'muted'}, 'Outlets: ' + value.outlets.join(', ')),
    value.reports.map(report => el('p', {},
      el('a', {href: 'article.html?id=' + encodeURIComponent(report.doc || '') + '&event=' + encodeURIComponent(report.event_id)},
        report.title || report.doc || report.event_id), ': ', el('i', {}, truncate(report.evidence, 300)))));
}

function showDisagreements(disagreements) {
  const node = document.getElementById('disagreements');
  if (!disagreements.length) {
    show(node, el('p', {class: 'muted'}, 'No incident whose outlets give different dates or numbers.'));
    return;
  }
  show(node, disagreements.map(d => el('section', {class: 'disagreement', 'data-actors': d.incident.actors.join(' '),
      'data-issues': d.incident.issues.join(' ')},
    el('h3', {}, incidentLink(d.incident, `${d.incident.type} · ${who(d.incident)} · ${d.incident.date || 'undated'}`)),
    d.differences.flatMap(difference => [
      el('div', {class: 'muted'}, difference.kind === 'date' ? 'Different dates' : `Different numbers of ${difference.subject}`),
      el('div', {class: 'side-by-side'}, difference.claims.map(claim))]))));
}

setup().catch(error => showError(count, error));
