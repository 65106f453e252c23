// One article: its text with every coded event's evidence marked (the chosen one stronger),
// the events and the quotes.
import {header, el, show, getJson, markedText, showError} from './api.js';

header('Search');
const main = document.getElementById('article');
const params = new URLSearchParams(location.search);

async function load() {
  const id = params.get('id');
  if (!id) throw new Error('no article id in the address (article.html?id=...)');
  const a = await getJson('/api/articles/' + encodeURIComponent(id));
  const chosen = params.get('event');
  document.title = 'Parley · ' + (a.title || a.id);
  const marks = a.events.map(e => ({start: e.evidence.start, end: e.evidence.end,
    className: e.id === chosen ? 'selected' : null, title: `${e.type} (${e.id})`}));
  show(main,
    el('h1', {}, a.title || a.id),
    el('p', {class: 'summary'}, [a.source, a.published, a.id].filter(Boolean).join(' · ')),
    el('div', {class: 'panel'}, el('div', {class: 'article-text'}, markedText(a.text, marks, a.furniture))),
    el('h2', {}, `Events (${a.events.length})`),
    el('div', {class: 'panel'}, el('table', {},
      el('tbody', {}, a.events.map(e => el('tr', {class: e.id === chosen ? 'chosen' : null},
        el('td', {}, e.date || 'undated'), el('td', {}, el('span', {class: 'badge'}, e.type)),
        el('td', {}, e.actor.map(x => x.code).join(', ') + (e.recipient.length ? ' → ' + e.recipient.map(x => x.code).join(', ') : '')),
        el('td', {}, e.evidence.sentence)))))),
    el('h2', {}, `Quotes (${a.quotes.length})`),
    el('div', {class: 'panel'}, a.quotes.map(q => el('blockquote', {}, `“${q.text}”`,
      el('div', {class: 'muted'}, `— ${q.speaker || 'unknown speaker'}` + (q.speaker_code ? ` (${q.speaker_code})` : ''))))));
}

load().then(() => {
  const box = document.querySelector('.article-text');
  const mark = box && (box.querySelector('mark.selected') || box.querySelector('mark'));
  if (mark) box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - 60);
}).catch(error => showError(main, error));
