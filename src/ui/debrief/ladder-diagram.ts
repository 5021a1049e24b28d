/**
 * A ladder drawn as its statechart: each rung a state (a box, lowest at the bottom, grouped by
 * tier), each step a transition (an arrow; up on the right, down on the left). The path the
 * game took is drawn over it: steps taken up are thick solid arrows, steps taken down thick
 * dashed ones, each labelled with its rounds; rungs reached are filled and hatched, and the
 * rung where the game ended carries the token and the word "end". Nothing is told by colour
 * alone, and the same path is given as text beside the drawing. Beside it, when the scenario
 * gives one, the real government's path (actual-path.ts).
 */

import type { LadderView } from '../../view/debrief-model';
import { under } from '../../view/locale';
import { type ActualPath, actualPathDescription } from '../../view/real-history';
import type { Say } from '../classroom/say';
import { drawActualLane, LANE_FOOT, laneWidth } from './actual-path';

const SVG = 'http://www.w3.org/2000/svg';
const BOX_X = 150;
const BOX_W = 320;
const BOX_H = 48;
const GAP = 28;
const TOP = 20;

function el<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The drawing of one ladder, with the real path beside it if given; `idPrefix` keeps its ids unique on a page with several. */
export function ladderDiagram(
  ladder: LadderView,
  say: Say,
  lang: string,
  idPrefix: string,
  actual?: ActualPath,
): SVGSVGElement {
  const d = under(say, 'classroom.debrief');
  const n = ladder.rungs.length;
  const rungsH = TOP * 2 + n * BOX_H + (n - 1) * GAP;
  const height = rungsH + (actual ? LANE_FOOT : 0);
  const width = BOX_X + BOX_W + 150 + (actual ? laneWidth(actual) : 0);
  const yOf = (i: number) => TOP + (n - 1 - i) * (BOX_H + GAP);
  const index = new Map(ladder.rungs.map((r, i) => [r.id, i]));
  const svg = el('svg', {
    viewBox: `0 0 ${width} ${height}`,
    class: actual ? 'ladder-diagram with-actual' : 'ladder-diagram',
    role: 'img',
    'aria-labelledby': `${idPrefix}-title ${idPrefix}-desc`,
    width: '100%',
  });
  svg.append(el('title', { id: `${idPrefix}-title` }, d('ladder-caption', { label: ladder.label })));
  const pathText = ladder.path
    .map((p) =>
      d('ladder-step', {
        round: p.round,
        from: ladder.rungs[index.get(p.from) ?? 0]?.label ?? p.from,
        to: ladder.rungs[index.get(p.to) ?? 0]?.label ?? p.to,
        direction: d(p.down ? 'step-down' : 'step-up'),
      }),
    )
    .join('; ');
  const taken = pathText === '' ? d('ladder-path-none') : pathText;
  svg.append(
    el('desc', { id: `${idPrefix}-desc` }, actual ? `${taken}. ${actualPathDescription(actual, say, lang)}` : taken),
  );

  svg.append(defsOf(idPrefix));
  drawTiers(svg, ladder, yOf);
  drawSteps(svg, ladder, index, yOf, idPrefix, d);
  drawRungs(svg, ladder, yOf, idPrefix, d);
  if (actual) {
    const rowY = (rung: string) => {
      const i = index.get(rung);
      return i === undefined ? undefined : yOf(i) + BOX_H / 2;
    };
    const lane = { x: BOX_X + BOX_W + 150, guideFrom: BOX_X + BOX_W, rowY, top: TOP, bottom: rungsH - TOP };
    drawActualLane(svg, actual, lane, say, lang);
  }
  return svg;
}

function marker(id: string, cls: string): SVGMarkerElement {
  // Sized in the drawing's units, so a thick taken step does not get a giant arrowhead.
  const m = el('marker', {
    id,
    viewBox: '0 0 10 10',
    refX: 9,
    refY: 5,
    markerWidth: 11,
    markerHeight: 11,
    markerUnits: 'userSpaceOnUse',
    orient: 'auto-start-reverse',
  });
  m.append(el('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: cls }));
  return m;
}

type YOf = (i: number) => number;

/** The arrowheads and the hatching of reached rungs. */
function defsOf(idPrefix: string): SVGDefsElement {
  const defs = el('defs', {});
  defs.append(
    marker(`${idPrefix}-arrow`, 'ladder-arrow-head'),
    marker(`${idPrefix}-arrow-taken`, 'ladder-arrow-head taken'),
    (() => {
      const hatch = el('pattern', {
        id: `${idPrefix}-hatch`,
        width: 8,
        height: 8,
        patternUnits: 'userSpaceOnUse',
        patternTransform: 'rotate(45)',
      });
      hatch.append(
        el('rect', { width: 8, height: 8, class: 'ladder-hatch-bg' }),
        el('line', { x1: 0, y1: 0, x2: 0, y2: 8, class: 'ladder-hatch-line' }),
      );
      return hatch;
    })(),
  );
  return defs;
}

/** Tiers: a bracket and a label beside the rungs they hold. */
function drawTiers(svg: SVGSVGElement, ladder: LadderView, yOf: YOf): void {
  for (const tier of ladder.tiers) {
    const rows = ladder.rungs.map((r, i) => (r.tier === tier.id ? i : -1)).filter((i) => i >= 0);
    if (rows.length === 0) continue;
    const top = yOf(Math.max(...rows));
    const bottom = yOf(Math.min(...rows)) + BOX_H;
    const g = el('g', { class: 'ladder-tier' });
    g.append(el('path', { d: `M 12 ${top} L 6 ${top} L 6 ${bottom} L 12 ${bottom}`, class: 'ladder-tier-bracket' }));
    const label = el(
      'text',
      { x: 16, y: (top + bottom) / 2, class: 'ladder-tier-label', 'dominant-baseline': 'middle' },
      tier.label,
    );
    g.append(label);
    svg.append(g);
  }
}

/** Steps: transitions between rungs, taken ones over the rest. */
function drawSteps(
  svg: SVGSVGElement,
  ladder: LadderView,
  index: Map<string, number>,
  yOf: YOf,
  idPrefix: string,
  d: ReturnType<typeof under<'classroom.debrief'>>,
): void {
  const ordered = [...ladder.steps].sort((a, b) => a.taken - b.taken);
  for (const step of ordered) {
    const from = index.get(step.from);
    const to = index.get(step.to);
    if (from === undefined || to === undefined) continue;
    const span = Math.abs(to - from);
    const y1 = yOf(from) + BOX_H / 2 + (step.down ? 6 : -6);
    const y2 = yOf(to) + BOX_H / 2 + (step.down ? 6 : -6);
    const bend = 28 + 18 * (span - 1);
    const x = step.down ? BOX_X : BOX_X + BOX_W;
    const out = step.down ? x - bend : x + bend;
    const taken = step.taken > 0;
    const cls = `ladder-step${taken ? ' taken' : ''}${step.down ? ' down' : ' up'}`;
    svg.append(
      el('path', {
        d: `M ${x} ${y1} C ${out} ${y1}, ${out} ${y2}, ${x} ${y2}`,
        class: cls,
        'marker-end': `url(#${idPrefix}-arrow${taken ? '-taken' : ''})`,
      }),
    );
    if (taken) {
      const rounds = ladder.path.filter((p) => p.from === step.from && p.to === step.to).map((p) => p.round);
      const tx = step.down ? out - 4 : out + 4;
      svg.append(
        el(
          'text',
          {
            x: tx,
            y: (y1 + y2) / 2,
            class: 'ladder-step-label',
            'text-anchor': step.down ? 'end' : 'start',
            'dominant-baseline': 'middle',
          },
          `${step.down ? '↓' : '↑'} ${rounds.map((round) => d('round-short', { round })).join(', ')}`,
        ),
      );
    }
  }
}

/** Rungs: the states, reached ones hatched, the last one with the token. */
function drawRungs(
  svg: SVGSVGElement,
  ladder: LadderView,
  yOf: YOf,
  idPrefix: string,
  d: ReturnType<typeof under<'classroom.debrief'>>,
): void {
  for (const [i, rung] of ladder.rungs.entries()) {
    const y = yOf(i);
    const g = el('g', { class: `ladder-rung${rung.visited ? ' visited' : ''}${rung.current ? ' current' : ''}` });
    g.append(
      el('rect', {
        x: BOX_X,
        y,
        width: BOX_W,
        height: BOX_H,
        rx: 8,
        class: 'ladder-rung-box',
        // Inline style, so the hatching wins over the stylesheet's plain fill.
        ...(rung.visited ? { style: `fill: url(#${idPrefix}-hatch)` } : {}),
      }),
    );
    // The label on the first line, "start" and "end" on a second, small one; the token sits inside the box.
    const tags = [rung.start ? d('start') : '', rung.current ? d('end') : ''].filter((x) => x !== '');
    const labelY = tags.length > 0 ? y + 18 : y + BOX_H / 2;
    g.append(
      el('text', { x: BOX_X + 30, y: labelY, class: 'ladder-rung-label', 'dominant-baseline': 'middle' }, rung.label),
    );
    if (tags.length > 0)
      g.append(
        el(
          'text',
          { x: BOX_X + 30, y: y + 36, class: 'ladder-rung-tag', 'dominant-baseline': 'middle' },
          tags.join(' · '),
        ),
      );
    if (rung.current) g.append(el('circle', { cx: BOX_X + 15, cy: y + BOX_H / 2, r: 8, class: 'ladder-token' }));
    svg.append(g);
  }
}
