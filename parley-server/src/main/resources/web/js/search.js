// Search: full-text hits over articles, evidence sentences and quotes, with snippets.
import {header, el, show, getJson, snippetNodes, showError} from './api.js';

header('Search');
const params = new URLSearchParams(location.search);
const q = document.getElementById('q');
const kind = document.getElementById('kind');
const hits = document.getElementById('hits');
const count = document.getElementById('search-count');
const more = document.getElementById('more');
q.value = params.get('q') || '';
kind.value = params.get('kind') || '';
let cursor = null;
let shown = 0;

async function search(append) {
  try {
    const body = await getJson('/api/search', {q: q.value, kind: kind.value, limit: 25, cursor: append ? cursor : null});
    if (!append) { show(hits); shown = 0; }
    hits.append(...body.items.map(hit));
    shown += body.items.length;
    cursor = body.next_cursor;
    more.hidden = !cursor;
    count.textContent = shown === 0 ? 'No results.' : `${shown}${cursor ? '+' : ''} results` + (q.value ? ` for “${q.value}”` : '');
  } catch (error) {
    showError(count, error);
    show(hits);
    more.hidden = true;
  }
}

function hit(h) {
  const href = h.kind === 'article' ? `article.html?id=${encodeURIComponent(h.article_id)}`
    : h.kind === 'event' ? `article.html?id=${encodeURIComponent(h.article_id)}&event=${encodeURIComponent(h.id)}`
    : `article.html?id=${encodeURIComponent(h.article_id)}`;
  return el('li', {class: 'hit'},
    el('div', {}, el('span', {class: 'badge'}, h.kind), h.type ? el('span', {class: 'badge'}, h.type) : null,
      el('a', {href}, h.title || h.article_id), ' ', el('span', {class: 'muted'}, [h.date, h.actors.join(', '), h.speaker].filter(Boolean).join(' · '))),
    el('div', {class: 'snippet'}, snippetNodes(h.snippet)));
}

document.getElementById('search-form').addEventListener('submit', event => {
  event.preventDefault();
  const state = new URLSearchParams();
  if (q.value) state.set('q', q.value);
  if (kind.value) state.set('kind', kind.value);
  history.replaceState(null, '', '?' + state);
  search(false);
});
kind.addEventListener('change', () => document.getElementById('search-form').requestSubmit());
more.addEventListener('click', () => search(true));
search(false);
