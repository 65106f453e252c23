// Shared helpers of the workbench pages: fetching the API, building DOM safely, the page header.
// Untrusted text (article text, names, quotes) only ever enters the page as text nodes or
// escaped with esc(); nothing from the API is assigned to innerHTML.

/** Escapes text for the HTML strings that ECharts tooltips take. */
export function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
}

/** Creates an element: el('a', {href: '/x', class: 'y'}, 'text', childNode, ...). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Replaces the children of a node. */
export function show(node, ...children) {
  node.replaceChildren(...children.flat().filter(c => c !== null && c !== undefined));
}

function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && value !== '') search.set(key, value);
  }
  const text = search.toString();
  return text ? '?' + text : '';
}

/** GET an API path; rejects with the API's error message. */
export async function getJson(path, params) {
  const response = await fetch(path + query(params), {headers: {Accept: 'application/json'}});
  const body = await response.json().catch(() => ({error: 'the answer is not JSON'}));
  if (!response.ok) {
    throw new Error(body.error || ('HTTP ' + response.status));
  }
  return body;
}

/** Every item of a paged list, following next_cursor (at most maxPages pages). */
export async function getAll(path, params, maxPages = 40) {
  const items = [];
  let cursor = null;
  for (let page = 0; page < maxPages; page++) {
    const body = await getJson(path, {...params, limit: 500, cursor});
    items.push(...body.items);
    cursor = body.next_cursor;
    if (!cursor) break;
  }
  return items;
}

/** A search snippet (HTML-escaped by the server, matches in <b>) as safe DOM nodes. */
export function snippetNodes(snippet) {
  const nodes = [];
  let bold = false;
  for (const part of String(snippet ?? '').split(/(<\/?b>)/)) {
    if (part === '<b>') { bold = true; continue; }
    if (part === '</b>') { bold = false; continue; }
    const text = decodeEntities(part);
    nodes.push(bold ? el('b', {}, text) : document.createTextNode(text));
  }
  return nodes;
}

function decodeEntities(text) {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27|#x2F|#47);/g, (m, name) => ({
    amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", '#x2F': '/', '#47': '/'
  }[name]));
}

/**
 * The text with ranges marked: [{start, end, className, title}] become <mark> elements, the
 * furniture spans grey; everything is text nodes.
 */
export function markedText(text, marks, furniture = []) {
  const boundaries = new Set([0, text.length]);
  for (const m of [...marks, ...furniture]) {
    boundaries.add(Math.max(0, Math.min(text.length, m.start)));
    boundaries.add(Math.max(0, Math.min(text.length, m.end)));
  }
  const points = [...boundaries].sort((a, b) => a - b);
  const nodes = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i], to = points[i + 1];
    const piece = text.slice(from, to);
    const mark = marks.find(m => m.start <= from && m.end >= to);
    const grey = furniture.some(f => f.start <= from && f.end >= to);
    if (mark) nodes.push(el('mark', {class: mark.className || null, title: mark.title || null}, piece));
    else if (grey) nodes.push(el('span', {class: 'furniture'}, piece));
    else nodes.push(document.createTextNode(piece));
  }
  return nodes;
}

/** The page header: brand, navigation, search box. */
export function header(active) {
  const pages = [['index.html', 'Timeline'], ['events.html', 'Events'], ['positions.html', 'Positions'], ['changes.html', 'Changes'],
    ['contradictions.html', 'Contradictions'], ['network.html', 'Network'], ['search.html', 'Search']];
  const q = new URLSearchParams(location.search).get('q') || '';
  const bar = el('header', {},
    el('a', {class: 'brand', href: 'index.html'}, 'Parley'),
    el('nav', {}, pages.map(([href, name]) => el('a', {href, class: name === active ? 'active' : null}, name))),
    el('form', {action: 'search.html', method: 'get', role: 'search'},
      el('input', {type: 'search', name: 'q', placeholder: 'Search articles, events, quotes', value: q, 'aria-label': 'Search'}),
      el('button', {type: 'submit'}, 'Search')));
  document.body.prepend(bar);
}

/**
 * A guard against answers arriving out of order: each call of the returned function starts a
 * request and gives a check that is true while no later request has started. A page that loads on
 * every filter change shows only the answer to the filters it shows now.
 */
export function latestRequest() {
  let started = 0;
  return () => {
    const mine = ++started;
    return () => mine === started;
  };
}

/** Shows an error in a node instead of its content. */
export function showError(node, error) {
  show(node, el('p', {class: 'error'}, String(error.message || error)));
}

/** The colour of each event type, the same on every page. */
export const TYPE_COLOURS = {
  AGREE: '#2e7d32', CONSULT: '#1f5fbf', SUPPORT: '#43a047', CONCEDE: '#7cb342', COOPERATE: '#00897b',
  AID: '#26a69a', RETREAT: '#9e9d24', REQUEST: '#5e35b1', ACCUSE: '#ef6c00', REJECT: '#c62828',
  THREATEN: '#d84315', PROTEST: '#8d6e63', SANCTION: '#6d4c41', MOBILIZE: '#546e7a', COERCE: '#ad1457',
  ASSAULT: '#b71c1c'
};

/** Fills a <select> with options [{value, label}] after a first "any" option. */
export function fillSelect(select, options, anyLabel = 'any') {
  show(select, el('option', {value: ''}, anyLabel), options.map(o => el('option', {value: o.value}, o.label)));
}

/** Actor options for a select, most active first. */
export async function actorOptions() {
  const actors = await getAll('/api/actors', {});
  return actors.map(a => ({value: a.code, label: a.name ? `${a.code} (${a.name})` : a.code}));
}

/**
 * Conflict options for a select from /api/network: the actor pairs with the most incidents between
 * them, either direction, as `conflict` values ("RUS,UKR").
 */
export function conflictOptions(network, n = 12) {
  const pairs = new Map();
  for (const edge of network.edges) {
    if (edge.source === edge.target) continue;
    const key = [edge.source, edge.target].sort().join(',');
    pairs.set(key, (pairs.get(key) || 0) + edge.weight);
  }
  return [...pairs.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n)
    .map(([key, count]) => ({value: key, label: `${key.replace(',', ' – ')} (${count})`}));
}

/**
 * Export links (CSV and Parquet) of what a page shows, appended to `container`: `what` is an
 * /api/export/{what} table. Returns a function that points them at the page's current filters.
 */
export function exportLinks(container, what, label) {
  const links = ['csv', 'parquet'].map(format => el('a', {class: 'button', id: `export-${what}-${format}`, download: true,
    title: `Download the ${label.toLowerCase()} shown as ${format === 'csv' ? 'CSV' : 'Parquet'}`}, format === 'csv' ? 'CSV' : 'Parquet'));
  container.append(el('span', {class: 'exports'}, el('span', {class: 'muted'}, `Export ${label.toLowerCase()}:`), links));
  return params => {
    for (const [i, format] of ['csv', 'parquet'].entries()) {
      links[i].href = `/api/export/${what}` + query({...params, format});
    }
  };
}

/** Shortens text to n characters with an ellipsis. */
export function truncate(text, n) {
  text = String(text ?? '');
  return text.length > n ? text.slice(0, n - 1) + '…' : text;
}

/** An actor as "Name (CODE)", or the code alone. */
export function actorLabel(code, name) {
  return name && name !== code ? `${name} (${code})` : code;
}
