// Positions: an actor × issue heatmap of the latest stance as of a chosen date; a cell opens the
// stance's history (points over time, changes of stance marked).
import {header, el, show, esc, getJson, getAll, showError} from './api.js';

header('Positions');
const STANCE_VALUE = {against: 0, conditional: 1, for: 2};
const STANCES = ['against', 'conditional', 'for'];
const COLOURS = ['#c62828', '#f9a825', '#2e7d32'];
const heatmap = echarts.init(document.getElementById('heatmap'));
const historyChart = echarts.init(document.getElementById('history'));
window.addEventListener('resize', () => { heatmap.resize(); historyChart.resize(); });
const dateInput = document.getElementById('date');
const count = document.getElementById('positions-count');

async function load() {
  try {
    const positions = await getAll('/api/positions', {date: dateInput.value});
    count.textContent = `${positions.length} positions of ${new Set(positions.map(p => p.actor)).size} actors`
      + (dateInput.value ? ` as of ${dateInput.value}` : ' (latest)');
    draw(positions);
  } catch (error) {
    showError(count, error);
  }
}

function draw(positions) {
  const actors = [...new Set(positions.map(p => p.actor))].sort().reverse();
  const issues = [...new Set(positions.map(p => p.issue))].sort();
  const names = Object.fromEntries(positions.map(p => [p.actor, p.actor_name]));
  heatmap.setOption({
    animation: false,
    tooltip: {
      confine: true, extraCssText: 'max-width: 420px; white-space: normal;',
      formatter: p => {
        const d = p.data.position;
        return `<b>${esc(d.actor)}</b> ${esc(d.actor_name || '')}<br>${esc(d.issue)}: <b>${esc(d.stance)}</b> (${esc(d.date || 'undated')})`
          + `<br><i>${esc(String(d.evidence).slice(0, 160))}</i>`;
      }
    },
    grid: {left: 150, right: 30, top: 20, bottom: 110},
    xAxis: {type: 'category', data: issues, axisLabel: {rotate: 30}, splitArea: {show: true}},
    yAxis: {type: 'category', data: actors, splitArea: {show: true},
      axisLabel: {formatter: code => names[code] ? `${code} ${String(names[code]).slice(0, 14)}` : code}},
    visualMap: {type: 'piecewise', orient: 'horizontal', left: 'center', bottom: 0, dimension: 2,
      pieces: STANCES.map((s, i) => ({value: i, label: s, color: COLOURS[i]}))},
    series: [{type: 'heatmap', label: {show: false}, itemStyle: {borderColor: '#fff', borderWidth: 2},
      data: positions.map(p => ({value: [issues.indexOf(p.issue), actors.indexOf(p.actor), STANCE_VALUE[p.stance]], position: p}))}]
  }, true);
}

heatmap.on('click', async params => {
  const p = params.data && params.data.position;
  if (!p) return;
  document.getElementById('history-title').textContent = `${p.actor} on ${p.issue.replace(/_/g, ' ')}`;
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
    xAxis: {type: 'time', minInterval: 24 * 3600 * 1000},
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
document.getElementById('latest').addEventListener('click', () => { dateInput.value = ''; load(); });
load();
