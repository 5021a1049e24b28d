/**
 * The meters over the rounds: one small chart per meter (uPlot, loaded only when the debrief
 * opens), each with its label and which way is better, and the same numbers as a table for
 * screen readers and for anyone who prefers numbers. The charts' canvases are decoration.
 */

import type { DebriefModel } from '../../view/debrief-model';
import { under } from '../../view/locale';
import type { Say } from '../classroom/say';
import { h } from '../dom';

/** Fills `host` with the charts and the table; the charts arrive when uPlot has loaded. */
export async function meterCharts(host: HTMLElement, model: DebriefModel, say: Say): Promise<void> {
  const d = under(say, 'classroom.debrief');
  const grid = h('div', { class: 'meter-charts' });
  const xs = model.points.map((_, i) => i);
  const table = h(
    'table',
    { class: 'meter-table' },
    h('caption', { class: 'sr-only' }, d('meters')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { attrs: { scope: 'col' } }, ''),
        ...model.points.map((p, i) => h('th', { attrs: { scope: 'col' } }, i === 0 ? d('meter-start') : p)),
      ),
    ),
    h(
      'tbody',
      {},
      ...model.meters.map((m) =>
        h('tr', {}, h('th', { attrs: { scope: 'row' } }, m.label), ...m.values.map((v) => h('td', {}, String(v)))),
      ),
    ),
  );
  // A long game's table may scroll sideways: the keyboard can reach and scroll it too.
  const wrap = h(
    'div',
    { class: 'meter-table-wrap', attrs: { tabindex: '0', role: 'region', 'aria-label': d('meters') } },
    table,
  );
  host.append(grid, wrap);
  const cells = model.meters.map((m) => {
    const plot = h('div', { class: 'meter-chart-plot', attrs: { 'aria-hidden': 'true' } });
    const last = m.values.at(-1) ?? 0;
    const first = m.values[0] ?? 0;
    const arrow = last > first ? '▲' : last < first ? '▼' : '■';
    grid.append(
      h(
        'figure',
        { class: 'meter-chart' },
        h(
          'figcaption',
          {},
          h('strong', {}, m.label),
          ` ${first} → ${last} ${arrow}`,
          h('span', { class: 'meter-better' }, d(m.better === 'higher' ? 'better-higher' : 'better-lower')),
        ),
        plot,
      ),
    );
    return { m, plot };
  });
  const [{ default: uPlot }] = await Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]);
  const font = '13px "Noto Sans KR", system-ui, sans-serif';
  const charts = cells.map(({ m, plot }) => {
    const width = Math.max(220, Math.floor(plot.getBoundingClientRect().width) || 280);
    const chart = new uPlot(
      {
        width,
        height: 150,
        legend: { show: false },
        cursor: { show: false },
        scales: { x: { time: false }, y: { range: [m.min, m.max] } },
        axes: [
          {
            font,
            stroke: '#3b3326',
            grid: { stroke: 'rgba(0,0,0,0.08)' },
            values: (_, ticks) =>
              ticks.map((t) =>
                Number.isInteger(t) ? (t === 0 ? d('meter-start') : d('round-short', { round: t })) : '',
              ),
          },
          { font, stroke: '#3b3326', grid: { stroke: 'rgba(0,0,0,0.08)' }, size: 44 },
        ],
        series: [{}, { stroke: '#1f4d3a', width: 3, points: { show: true, size: 7, fill: '#1f4d3a' } }],
      },
      [xs, m.values],
      plot,
    );
    return { chart, plot };
  });
  // The charts follow their boxes' width, so a window moved to the projector redraws them to fit.
  if (typeof ResizeObserver !== 'undefined') {
    const observer = new ResizeObserver(() => {
      if (!grid.isConnected) {
        observer.disconnect();
        return;
      }
      for (const { chart, plot } of charts) {
        const width = Math.max(220, Math.floor(plot.getBoundingClientRect().width));
        if (width !== chart.width) chart.setSize({ width, height: 150 });
      }
    });
    observer.observe(grid);
  }
}
