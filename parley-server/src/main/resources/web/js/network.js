// Network: actors as nodes (sized by incidents), actor → recipient edges weighted by incidents.
import {header, el, show, getJson, fillSelect, showError} from './api.js';

header('Network');
const controls = ['type', 'issue', 'since', 'until'].map(id => document.getElementById(id));
const count = document.getElementById('network-count');
let cy = null;

async function setup() {
  const vocabulary = await getJson('/api/vocabulary');
  fillSelect(controls[0], vocabulary.types.map(t => ({value: t, label: t})));
  fillSelect(controls[1], vocabulary.issues.map(i => ({value: i, label: i.replace(/_/g, ' ')})));
  controls.forEach(c => c.addEventListener('change', load));
  await load();
}

async function load() {
  const [type, issue, since, until] = controls.map(c => c.value);
  try {
    const graph = await getJson('/api/network', {type, issue, since, until});
    const linked = new Set(graph.edges.flatMap(e => [e.source, e.target]));
    const nodes = graph.nodes.filter(n => linked.has(n.id));
    count.textContent = `${nodes.length} actors, ${graph.edges.length} links, ${graph.incidents} incidents`;
    draw(nodes, graph.edges);
    table(graph.edges);
  } catch (error) {
    showError(count, error);
  }
}

function draw(nodes, edges) {
  if (cy) cy.destroy();
  const maxWeight = Math.max(1, ...edges.map(e => e.weight));
  cy = cytoscape({
    container: document.getElementById('graph'),
    elements: [
      ...nodes.map(n => ({data: {id: n.id, label: n.id, size: 20 + 6 * Math.sqrt(n.incidents_as_actor + n.incidents_as_recipient)}})),
      ...edges.map(e => ({data: {id: e.id, source: e.source, target: e.target, weight: e.weight,
        width: 1 + 7 * e.weight / maxWeight, label: String(e.weight)}}))
    ],
    style: [
      {selector: 'node', style: {'label': 'data(label)', 'width': 'data(size)', 'height': 'data(size)',
        'background-color': '#1f5fbf', 'color': '#1d2433', 'font-size': 11, 'text-valign': 'center', 'text-halign': 'right'}},
      {selector: 'edge', style: {'width': 'data(width)', 'line-color': '#9aa7bd', 'target-arrow-color': '#9aa7bd',
        'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'label': 'data(label)', 'font-size': 9, 'color': '#5b6475'}}
    ],
    layout: {name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90},
    wheelSensitivity: 0.3
  });
}

function table(edges) {
  const rows = [...edges].sort((a, b) => b.weight - a.weight).slice(0, 25).map(e => el('tr', {},
    el('td', {}, e.source), el('td', {}, e.target), el('td', {}, String(e.weight)),
    el('td', {}, Object.entries(e.types).map(([t, n]) => `${t} ${n}`).join(', '))));
  show(document.getElementById('edges'),
    el('thead', {}, el('tr', {}, ['Actor', 'Recipient', 'Incidents', 'Types'].map(h => el('th', {}, h)))),
    el('tbody', {}, rows));
}

setup().catch(error => showError(count, error));
