/**
 * What really happened, in the debrief: the real government's acts drawn in a lane beside the
 * ladder's statechart (one numbered diamond per act on its rung's row, in date order, joined by
 * a dotted line, the years beneath; a hollow diamond for an act only reported), the same acts
 * as a numbered list with their sources as links, the legend's entries for them, and what
 * really happened for the hypothetical news the class met. Shape and number tell it, never
 * colour alone.
 */
import { type Translate, under } from '../../view/locale';
import { type ActualPath, actLine, type Counterpart } from '../../view/real-history';
import { h } from '../dom';
import './actual-path.css';
import { sourcesLine } from './sources-line';

const SVG = 'http://www.w3.org/2000/svg';
/** The room each act takes along the lane, its margins, and the half-width of a diamond. */
const STEP_X = 34;
const PAD = 26;
const R = 12;
/** Below the rungs: the years, then the lane's caption. */
export const LANE_FOOT = 46;

function el(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG, tag) as SVGElement;
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** How wide the lane is for this many acts. */
export function laneWidth(path: ActualPath): number {
  return PAD * 2 + STEP_X * Math.max(0, path.steps.length - 1);
}

export interface LaneGeometry {
  /** Where the lane starts, left to right. */
  x: number;
  /** Where each row's guide line starts: the right edge of the rungs, so a row reads across to its rung. */
  guideFrom: number;
  /** The middle of a rung's row, by rung id; undefined for a rung the ladder lacks. */
  rowY(rung: string): number | undefined;
  /** The top of the highest row and the bottom of the lowest. */
  top: number;
  bottom: number;
}

/** Draws the lane into the ladder's drawing. */
export function drawActualLane(
  svg: SVGSVGElement,
  path: ActualPath,
  at: LaneGeometry,
  t: Translate,
  lang: string,
): void {
  const width = laneWidth(path);
  const g = el('g', { class: 'actual-lane' });
  g.append(el('rect', { x: at.x, y: at.top - 8, width, height: at.bottom - at.top + 16, rx: 10, class: 'actual-bg' }));
  const acts = path.steps.flatMap((st, i) => {
    const y = at.rowY(st.rung);
    return y === undefined ? [] : [{ st, x: at.x + PAD + i * STEP_X, y }];
  });
  // Under the ladder's own drawing: a dotted line from each rung the real path stood on to its acts.
  const guides = el('g', { class: 'actual-guides' });
  for (const y of new Set(acts.map((a) => a.y)))
    guides.append(el('line', { x1: at.guideFrom, y1: y, x2: at.x + width - 6, y2: y, class: 'actual-guide' }));
  svg.querySelector('defs')?.after(guides);
  g.append(el('polyline', { points: acts.map((a) => `${a.x},${a.y}`).join(' '), class: 'actual-line' }));
  let year = '';
  for (const { st, x, y } of acts) {
    const act = el('g', { class: `actual-act${st.reported ? ' reported' : ''}` });
    act.append(
      el('title', {}, `${st.n}. ${actLine(st, t, lang)}: ${st.text}`),
      el('path', { d: `M ${x} ${y - R} L ${x + R} ${y} L ${x} ${y + R} L ${x - R} ${y} Z`, class: 'actual-mark' }),
      el(
        'text',
        { x, y: y + 0.5, class: 'actual-n', 'text-anchor': 'middle', 'dominant-baseline': 'middle' },
        `${st.n}`,
      ),
    );
    g.append(act);
    if (st.date.slice(0, 4) !== year) {
      year = st.date.slice(0, 4);
      g.append(el('text', { x, y: at.bottom + 24, class: 'actual-year', 'text-anchor': 'middle' }, year));
    }
  }
  g.append(
    el(
      'text',
      { x: at.x + width / 2, y: at.bottom + 42, class: 'actual-caption', 'text-anchor': 'middle' },
      label(path, t),
    ),
  );
  svg.append(g);
}

function label(path: ActualPath, t: Translate): string {
  return path.label ?? t('real.label');
}

/** The legend's entries for the lane: a real act, and one only reported. */
export function actualLegend(path: ActualPath | undefined, t: Translate): HTMLElement[] {
  if (!path) return [];
  const r = under(t, 'real');
  return [
    h('li', {}, h('span', { class: 'legend-diamond', attrs: { 'aria-hidden': 'true' } }), r('legend-actual')),
    h(
      'li',
      {},
      h('span', { class: 'legend-diamond reported', attrs: { 'aria-hidden': 'true' } }),
      r('legend-reported'),
    ),
  ];
}

/** The real acts as a numbered list, each with its date, rung, words and sources. */
export function actualPathList(path: ActualPath, t: Translate, lang: string): HTMLElement {
  const r = under(t, 'real');
  return h(
    'section',
    { class: 'actual-path', attrs: { 'aria-labelledby': 'actual-path-title' } },
    h('h3', { id: 'actual-path-title' }, label(path, t)),
    h('p', { class: 'field-hint' }, r('intro')),
    h(
      'ol',
      { class: 'actual-path-list' },
      ...path.steps.map((st) =>
        h(
          'li',
          { class: st.reported ? 'reported' : '', attrs: { 'data-rung': st.rung, 'data-date': st.date } },
          h('strong', {}, actLine(st, t, lang)),
          ' ',
          st.text,
          sourcesLine(st.sources, t('real.sources'), t, lang),
        ),
      ),
    ),
  );
}

/** What really happened for each hypothetical event of this round that had a real counterpart. */
export function counterpartNotes(
  counterparts: readonly Counterpart[],
  round: number,
  t: Translate,
  lang: string,
): HTMLElement[] {
  return counterparts
    .filter((c) => c.round === round)
    .map((c) =>
      h(
        'aside',
        { class: 'actually counterpart', attrs: { 'data-event': c.event } },
        h('h4', {}, t('real.counterpart', { title: c.title })),
        h('p', {}, c.text),
        sourcesLine(c.sources, t('real.sources'), t, lang),
      ),
    );
}
