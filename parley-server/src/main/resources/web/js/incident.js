// One incident: what happened, every source with its evidence sentences marked in the article
// text, the quotes, the provenance of every coded event, and contradicting incidents.
import {header, el, show, getJson, markedText, showError} from './api.js';

header('Timeline');
const main = document.getElementById('incident');
const id = new URLSearchParams(location.search).get('id');

async function load() {
  if (!id) throw new Error('no incident id in the address (incident.html?id=...)');
  const detail = await getJson('/api/incidents/' + encodeURIComponent(id));
  const i = detail.incident;
  document.title = `Parley · ${i.type} ${i.date || ''}`;
  show(main,
    el('h1', {}, `${i.type}: ${i.actors.join(', ')}` + (i.recipients.length ? ` → ${i.recipients.join(', ')}` : '')),
    el('p', {class: 'summary'},
      `${i.date || 'undated'}` + (i.aux ? ` · ${i.aux}` : '') +
      (i.issues.length ? ` · ${i.issues.join(', ')}` : '') +
      ` · reported by ${i.outlet_count} outlet(s): ${i.outlets.join(', ')}` +
      (i.first_report ? ` · first reported ${i.first_report.published} (${i.first_report.article_id})` : '')),
    el('blockquote', {id: 'best-evidence'}, i.evidence),
    detail.contradictions.length ? el('div', {class: 'panel'}, el('h2', {}, 'Contradicted by'),
      el('ul', {}, detail.contradictions.map(c => {
        const other = c.accepting.id === i.id ? c.rejecting : c.accepting;
        return el('li', {}, el('a', {href: 'incident.html?id=' + encodeURIComponent(other.id)}, c.reason));
      }))) : null,
    el('h2', {}, `Sources (${detail.articles.length})`),
    detail.articles.map(article => source(article, detail.events.filter(e => e.doc === article.id), i.evidence_event)),
    el('h2', {}, `Quotes (${detail.quotes.length})`),
    el('div', {class: 'panel', id: 'quotes'}, detail.quotes.length ? detail.quotes.map(q =>
      el('blockquote', {}, `“${q.text}”`, el('div', {class: 'muted'}, `— ${q.speaker || 'unknown speaker'}` +
        (q.speaker_code ? ` (${q.speaker_code})` : '') + `, ${q.doc}`))) : el('p', {class: 'muted'}, 'No quotes by these actors in these sources.')),
    el('h2', {}, 'Provenance'),
    el('div', {class: 'panel'}, el('table', {id: 'provenance'},
      el('thead', {}, el('tr', {}, ['Event', 'Rule', 'Trigger', 'Dictionary', 'Codebook'].map(h => el('th', {}, h)))),
      el('tbody', {}, detail.provenance.map(p => el('tr', {},
        el('td', {}, p.event_id), el('td', {}, p.rule ?? '—'), el('td', {}, p.trigger ?? '—'),
        el('td', {}, p.dictionary_version ?? '—'), el('td', {}, p.codebook_version ?? '—')))))));
}

function source(article, events, bestEvent) {
  const marks = events.map(e => ({start: e.evidence.start, end: e.evidence.end,
    className: e.id === bestEvent ? 'selected' : null, title: `${e.type} (${e.id})`}));
  return el('section', {class: 'panel source'},
    el('h3', {}, article.title || article.id),
    el('p', {class: 'muted'}, [article.source, article.published, article.id].filter(Boolean).join(' · '), ' ',
      article.url ? el('a', {href: article.url, rel: 'noopener noreferrer', target: '_blank'}, 'original') : null),
    el('div', {class: 'article-text'}, markedText(article.text, marks, article.furniture)));
}

/** Scrolls each source's text to its first marked sentence, which may be far down the article. */
function scrollToEvidence() {
  for (const box of document.querySelectorAll('.article-text')) {
    const mark = box.querySelector('mark.selected') || box.querySelector('mark');
    if (mark) box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - 60);
  }
}

load().then(scrollToEvidence).catch(error => showError(main, error));
