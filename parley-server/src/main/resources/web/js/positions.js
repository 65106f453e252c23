// Positions: an actor × issue heatmap of the latest stance as of a chosen date (a date field and a
// slider through the days of the workspace), every row labelled with the actor's name and code,
// rows sortable; a cell opens the stance's history (points over time, changes of stance marked)
// and links to the page of its changes.
import {header, el, show, esc, getJson, getAll, showError, exportLinks, actorLabel, latestRequest} from './api.js';

header('Positions');
const STANCE_VALUE = {against: 0, conditional: 1, for: 2};
const STANCES = ['against', 'conditional', 'for'];
const COLOURS = ['#c62828', '#f9a825', '#2e7d32'];
const ROW_HEIGHT = 22;
const DAY = 24 * 3600 * 1000;
const heatmapNode = document.getElementById('heatmap');
const heatmap = echarts.init(heatmapNode);
const historyChart = echarts.init(document.getElementById('history'));
window.addEventListener('resize', () => { heatmap.resize(); historyChart.resize(); });
const dateInput = document.getElementById('date');
const slider = document.getElementById('date-slider');
const sliderLabel = document.getElementById('slider-label');
const sortSelect = document.getElementById('sort');
const count = document.getElementById('positions-count');
const changesLink = document.getElementById('changes-link');
const exportPositions = exportLinks(document.querySelector('.filters'), 'positions', 'Positions');
let shown = [];
let firstDay = null;

function isoDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The slider runs from the earliest dated incident to the latest stance, a step a day. */
async function setupSlider() {
  const [first, latest] = await Promise.all([getJson('/api/timeline', {limit: 1}), getAll('/api/positions', {})]);
  const days = latest.map(p => p.date).filter(d => d && /^\d{4}/.test(d))
    .map(d => Date.parse(d.length >= 10 ? d.slice(0, 10) : d.length === 7 ? d + '-28' : d + '-12-31'));
  if (!first.items.length || !days.length) {
    slider.disabled = true;
    return;
  }
  firstDay = Date.parse(first.items[0].first_day);
  slider.max = String(Math.max(0, Math.round((Math.max(...days) - firstDay) / DAY)));
  slider.value = slider.max;
  slider.addEventListener('input', () => { sliderLabel.textContent = 'As of ' + isoDay(firstDay + slider.value * DAY); });
  slider.addEventListener('change', () => { dateInput.value = isoDay(firstDay + slider.value * DAY); load(); });
}

function syncSlider() {
  if (firstDay === null) return;
  if (!dateInput.value) {
    slider.value = slider.max;
    sliderLabel.textContent = 'Slide through time (latest)';
  } else {
    slider.value = String(Math.round((Date.parse(dateInput.value) - firstDay) / DAY));
    sliderLabel.textContent = 'As of ' + dateInput.value;
  }
}

const request = latestRequest();

async function load() {
  syncSlider();
  exportPositions({date: dateInput.value});
  const current = request();
  try {
    const answer = await getAll('/api/positions', {date: dateInput.value});
    // The slider asks for many days in a row: show only the answer for the day it is on now.
    if (!current()) return;
    shown = answer;
    count.textContent = `${shown.length} positions of ${new Set(shown.map(p => p.actor)).size} actors`
      + (dateInput.value ? ` as of ${dateInput.value}` : ' (latest)');
    draw(shown);
  } catch (error) {
    if (current()) showError(count, error);
  }
}

/** The actors in the order the sort asks for, top row first. */
function sortedActors(positions) {
  const names = Object.fromEntries(positions.map(p => [p.actor, p.actor_name || p.actor]));
  const total = {}, against = {};
  for (const p of positions) {
    total[p.actor] = (total[p.actor] || 0) + 1;
    against[p.actor] = (against[p.actor] || 0) + (p.stance === 'against' ? 1 : 0);
  }
  const byCode = (a, b) => a.localeCompare(b);
  const order = {
    code: byCode,
    name: (a, b) => names[a].localeCompare(names[b]) || byCode(a, b),
    positions: (a, b) => total[b] - total[a] || byCode(a, b),
    against: (a, b) => against[b] - against[a] || total[b] - total[a] || byCode(a, b)
  }[sortSelect.value] || byCode;
  return [...new Set(positions.map(p => p.actor))].sort(order);
}

function draw(positions) {
  // ECharts draws the first category at the bottom: reversed, the first actor is the top row.
  const actors = sortedActors(positions).reverse();
  const issues = [...new Set(positions.map(p => p.issue))].sort();
  const names = Object.fromEntries(positions.map(p => [p.actor, p.actor_name]));
  const labels = Object.fromEntries(actors.map(code => [code, actorLabel(code, names[code])]));
  const longest = Math.max(10, ...Object.values(labels).map(l => l.length));
  // A tooltip left open over the old chart would be redrawn into removed nodes: close it first.
  heatmap.dispatchAction({type: 'hideTip'});
  const height = `${Math.max(300, actors.length * ROW_HEIGHT + 150)}px`;
  if (heatmapNode.style.height !== height) {
    heatmapNode.style.height = height;
    heatmap.resize();
  }
  heatmap.setOption({
    animation: false,
    tooltip: {
      confine: true, extraCssText: 'max-width: 420px; white-space: normal;',
      formatter: p => {
        const d = p.data.position;
        return `<b>${esc(d.actor)}</b> ${esc(d.actor_name || '')}<br>${esc(d.issue)}: <b>${esc(d.stance)}</b> (${esc(d.date || 'undated')})`
          + `<br><i>${esc(String(d.evidence).slice(0, 160))}</i><br><span style="color:#5b6475">click: history and changes</span>`;
      }
    },
    grid: {left: Math.min(340, 12 + longest * 7), right: 30, top: 20, bottom: 110},
    xAxis: {type: 'category', data: issues, axisLabel: {rotate: 30, interval: 0}, splitArea: {show: true}},
    // interval 0: every row keeps its label, however many rows there are.
    yAxis: {type: 'category', data: actors, splitArea: {show: true},
      axisLabel: {interval: 0, formatter: code => labels[code]}},
    visualMap: {type: 'piecewise', orient: 'horizontal', left: 'center', bottom: 0, dimension: 2,
      pieces: STANCES.map((s, i) => ({value: i, label: s, color: COLOURS[i]}))},
    series: [{type: 'heatmap', label: {show: false}, itemStyle: {borderColor: '#fff', borderWidth: 2},
      data: positions.map(p => ({value: [issues.indexOf(p.issue), actors.indexOf(p.actor), STANCE_VALUE[p.stance]], position: p}))}]
  }, true);
}

heatmap.on('click', async params => {
  const p = params.data && params.data.position;
  if (!p) return;
  document.getElementById('history-title').textContent = `${actorLabel(p.actor, p.actor_name)} on ${p.issue.replace(/_/g, ' ')}`;
  changesLink.href = 'changes.html?' + new URLSearchParams({actor: p.actor, issue: p.issue});
  changesLink.textContent = `All changes of ${p.actor} on ${p.issue.replace(/_/g, ' ')} →`;
  changesLink.hidden = false;
  try {
    const series = await getJson('/api/positions/history', {actor: p.actor, issue: p.issue});
    drawHistory(series);
  } catch (error) {
    showError(document.getElementById('changes'), error);
  }
});

function drawHistory(series) {
  const changed = new Set(series.changes.map(c => c.to.id + '|' + c.to.date));
  historyChart.setOption({
    animation: false,
    grid: {left: 90, right: 30, top: 20, bottom: 40},
    tooltip: {trigger: 'item', confine: true, extraCssText: 'max-width: 420px; white-space: normal;', formatter: p => `${esc(p.data.point.date)}: <b>${esc(p.data.point.stance)}</b><br><i>${esc(String(p.data.point.evidence).slice(0, 160))}</i>`},
    xAxis: {type: 'time', minInterval: DAY},
    yAxis: {type: 'category', data: STANCES},
    series: [{type: 'line', step: 'end', symbolSize: 10,
      data: series.points.map(point => ({
        value: [point.day, point.stance], point,
        itemStyle: changed.has(point.id + '|' + point.date) ? {color: '#000', borderColor: '#ffb84d', borderWidth: 3} : {color: COLOURS[STANCE_VALUE[point.stance]]}
      }))}]
  }, true);
  show(document.getElementById('changes'),
    series.changes.length === 0 ? el('li', {class: 'muted'}, 'No change of stance' + (series.points.length ? '' : ' (no dated points)'))
      : series.changes.map(c => el('li', {}, c.explanation)),
    series.undated.length ? el('li', {class: 'muted'}, `${series.undated.length} undated point(s) not shown`) : null);
}

dateInput.addEventListener('change', load);
sortSelect.addEventListener('change', () => draw(shown));
document.getElementById('latest').addEventListener('click', () => { dateInput.value = ''; load(); });
setupSlider().catch(error => showError(count, error)).then(load);
