// Events: every coded event in stored order (article, then place in it), filtered by actor, type,
// issue, conflict (a pair of actors in either role) and period, a page at a time with the API's
// cursors. The export links write every event the filters keep, not only this page.
import {header, el, show, getJson, fillSelect, actorOptions, conflictOptions, showError, exportLinks, truncate, latestRequest} from './api.js';

header('Events');
const filterIds = ['actor', 'type', 'issue', 'conflict', 'since', 'until'];
const inputs = filterIds.map(id => document.getElementById(id));
const [actorSelect, typeSelect, issueSelect, conflictSelect] = inputs;
const limitSelect = document.getElementById('limit');
const count = document.getElementById('events-count');
const previous = document.getElementById('previous');
const next = document.getElementById('next');
const exportEvents = exportLinks(document.getElementById('exports'), 'events', 'Events');
// The cursors of the pages before this one (null for the first), of this one and of the next.
let before = [];
let shownCursor = null;
let nextCursor = null;
const request = latestRequest();

async function setup() {
  const [vocabulary, actors, network] = await Promise.all([getJson('/api/vocabulary'), actorOptions(), getJson('/api/network')]);
  fillSelect(actorSelect, actors);
  fillSelect(typeSelect, vocabulary.types.map(t => ({value: t, label: t})));
  fillSelect(issueSelect, vocabulary.issues.map(i => ({value: i, label: i.replace(/_/g, ' ')})));
  fillSelect(conflictSelect, conflictOptions(network));
  const params = new URLSearchParams(location.search);
  for (const input of [...inputs, limitSelect]) {
    const wanted = params.get(input.id);
    if (wanted) {
      if (input.tagName === 'SELECT' && ![...input.options].some(o => o.value === wanted)) {
        input.append(el('option', {value: wanted}, wanted));
      }
      input.value = wanted;
    }
    input.addEventListener('change', () => load(null, () => { before = []; }));
  }
  previous.addEventListener('click', () => load(before[before.length - 1], () => before.pop()));
  next.addEventListener('click', () => load(nextCursor, () => before.push(shownCursor)));
  await load(null, () => {});
}

function filters() {
  return Object.fromEntries(filterIds.map(id => [id, document.getElementById(id).value]));
}

/** Shows the page at `cursor` (null: the first); `moved` updates the pages before it once it is shown. */
async function load(cursor, moved) {
  const chosen = filters();
  const limit = Number(limitSelect.value);
  const latest = request();
  try {
    const page = await getJson('/api/events', {...chosen, limit, cursor});
    // An answer to filters changed since is not what the page shows now.
    if (!latest()) return;
    moved();
    shownCursor = cursor;
    nextCursor = page.next_cursor;
    const state = new URLSearchParams(Object.entries({...chosen, limit: limit === 50 ? '' : limit}).filter(([, v]) => v));
    history.replaceState(null, '', state.toString() ? '?' + state : location.pathname);
    exportEvents(chosen);
    const first = before.length * limit + 1;
    const filtered = Object.values(chosen).some(v => v) ? ' (filtered)' : '';
    if (page.items.length === 0) {
      count.textContent = 'No events' + filtered;
    } else if (before.length === 0 && !nextCursor) {
      count.textContent = `${page.items.length} events` + filtered;
    } else {
      count.textContent = `Events ${first}–${first + page.items.length - 1}` + filtered
        + (nextCursor ? ', more on the next pages' : ', the last page');
    }
    previous.disabled = before.length === 0;
    next.disabled = !nextCursor;
    table(page.items);
  } catch (error) {
    if (latest()) showError(count, error);
  }
}

function who(event) {
  const names = refs => refs.map(r => el('span', {title: r.name ? `${r.name} (“${r.text}”)` : r.text}, r.code));
  const joined = refs => names(refs).flatMap((node, i) => i ? [', ', node] : [node]);
  return event.recipient.length ? [...joined(event.actor), ' → ', ...joined(event.recipient)] : joined(event.actor);
}

function table(events) {
  const rows = events.map(e => el('tr', {'data-id': e.id},
    el('td', {class: 'date', title: e.date_text || null}, e.date || el('span', {class: 'muted'}, 'undated')),
    el('td', {}, el('span', {class: 'badge'}, e.type), e.aux ? el('span', {class: 'muted'}, e.aux) : null),
    el('td', {class: 'mode'}, e.mode || ''),
    el('td', {class: 'who'}, who(e)),
    el('td', {class: 'issues'}, e.issues.map(i => i.replace(/_/g, ' ')).join(', ')),
    el('td', {class: 'evidence'}, e.doc
      ? el('a', {href: `article.html?id=${encodeURIComponent(e.doc)}&event=${encodeURIComponent(e.id)}`,
        title: 'Open the article with this sentence marked'}, truncate(e.evidence.sentence, 240))
      : truncate(e.evidence.sentence, 240))));
  show(document.getElementById('events'),
    el('thead', {}, el('tr', {}, ['Date', 'Type', 'Mode', 'Who → whom', 'Issues', 'Evidence'].map(h => el('th', {}, h)))),
    el('tbody', {}, rows.length ? rows : el('tr', {}, el('td', {colspan: 6, class: 'muted'}, 'No event matches these filters'))));
}

setup().catch(error => showError(count, error));
