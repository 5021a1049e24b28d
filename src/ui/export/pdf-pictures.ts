/**
 * The handout's pictures, drawn as vector shapes so they print sharp and stay small: each ladder
 * with the rungs reached and the path taken (steps down dashed), and a small chart of each meter
 * over the rounds with the endings' lines across it.
 */
import type { DebriefModel, LadderView, MeterLine } from '../../view/debrief-model';
import { MARGIN, type Writer } from './pdf-writer';

type Rgb = [number, number, number];

const INK: Rgb = [34, 28, 20];
const SOFT: Rgb = [120, 110, 90];
const REACHED: Rgb = [246, 226, 170];
const PATH: Rgb = [163, 38, 28];
const LINE_EARLY: Rgb = [199, 55, 47];
const LINE_END: Rgb = [176, 127, 36];
const RUNG_H = 20;
const RUNG_GAP = 5;

/** Words the pictures need, already in the handout's language. */
export interface PictureWords {
  start: string;
  end: string;
  round: (n: number) => string;
  better: (m: MeterLine) => string;
}

/** One ladder: its rungs from the lowest up, those reached shaded, the path drawn beside them with each step's round. */
export function drawLadder(w: Writer, ladder: LadderView, words: PictureWords): void {
  const { doc } = w;
  const n = ladder.rungs.length;
  const height = n * (RUNG_H + RUNG_GAP) + 6;
  w.room(height);
  const top = w.y;
  const pathW = 90;
  const x = MARGIN + pathW;
  const boxW = Math.min(300, w.width - pathW - 60);
  const yOf = (id: string) => {
    const i = ladder.rungs.findIndex((r) => r.id === id);
    return top + (n - 1 - i) * (RUNG_H + RUNG_GAP) + RUNG_H / 2;
  };
  doc.setLineDashPattern([], 0);
  for (const [i, rung] of ladder.rungs.entries()) {
    const y = top + (n - 1 - i) * (RUNG_H + RUNG_GAP);
    doc.setDrawColor(...(rung.current ? PATH : SOFT));
    doc.setLineWidth(rung.current ? 1.6 : 0.6);
    doc.setFillColor(...(rung.visited ? REACHED : ([255, 255, 255] as Rgb)));
    doc.roundedRect(x, y, boxW, RUNG_H, 3, 3, 'FD');
    doc.setTextColor(...INK);
    doc.setFontSize(8.5);
    doc.text(rung.label, x + 6, y + RUNG_H / 2 + 3, { maxWidth: boxW - 12 });
    const tag = rung.current ? words.end : rung.start ? words.start : '';
    if (tag !== '') {
      doc.setFontSize(7.5);
      doc.setTextColor(...SOFT);
      doc.text(tag, x + boxW + 6, y + RUNG_H / 2 + 3);
    }
  }
  drawPath(w, ladder, yOf, { left: MARGIN + 4, right: x - 6 }, words);
  doc.setTextColor(...INK);
  w.y = top + height;
}

/** The path: one arrow per step, side by side from left to right, labelled with its round. */
function drawPath(
  w: Writer,
  ladder: LadderView,
  yOf: (id: string) => number,
  span: { left: number; right: number },
  words: PictureWords,
): void {
  const { doc } = w;
  const steps = ladder.path;
  if (steps.length === 0) return;
  const dx = Math.min(18, (span.right - span.left) / steps.length);
  doc.setDrawColor(...PATH);
  doc.setLineWidth(1.3);
  for (const [i, step] of steps.entries()) {
    const sx = span.left + (i + 0.5) * dx;
    const from = yOf(step.from);
    const to = yOf(step.to);
    doc.setLineDashPattern(step.down ? [2.5, 2] : [], 0);
    doc.line(sx, from, sx, to);
    const head = to > from ? -4 : 4;
    doc.setLineDashPattern([], 0);
    doc.setFillColor(...PATH);
    doc.triangle(sx - 3, to + head, sx + 3, to + head, sx, to, 'F');
    doc.setFontSize(6.5);
    doc.setTextColor(...PATH);
    doc.text(words.round(step.round), sx, Math.min(from, to) - 3, { align: 'center' });
  }
}

/** The meters as small charts, two a row: the value after each round, its start, and the endings' lines. */
export function drawMeterCharts(w: Writer, model: DebriefModel, words: PictureWords): void {
  const cols = 2;
  const gap = 18;
  const chartW = (w.width - gap * (cols - 1)) / cols;
  const chartH = 96;
  for (let i = 0; i < model.meters.length; i += cols) {
    w.room(chartH + 8);
    const top = w.y;
    model.meters.slice(i, i + cols).forEach((m, j) => {
      drawChart(w, m, model.points.length, { x: MARGIN + j * (chartW + gap), y: top, w: chartW, h: chartH }, words);
    });
    w.y = top + chartH + 10;
  }
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

function drawChart(w: Writer, m: MeterLine, points: number, box: Box, words: PictureWords): void {
  const { doc } = w;
  doc.setTextColor(...INK);
  doc.setFontSize(8.5);
  doc.text(`${m.label} (${words.better(m)})`, box.x, box.y + 8, { maxWidth: box.w });
  const plot = { x: box.x + 18, y: box.y + 14, w: box.w - 22, h: box.h - 28 };
  const xOf = (i: number) => plot.x + (points <= 1 ? 0 : (i / (points - 1)) * plot.w);
  const yOf = (v: number) => plot.y + plot.h - ((v - m.min) / Math.max(1, m.max - m.min)) * plot.h;
  doc.setLineDashPattern([], 0);
  doc.setDrawColor(...SOFT);
  doc.setLineWidth(0.5);
  doc.rect(plot.x, plot.y, plot.w, plot.h, 'S');
  doc.setFontSize(6.5);
  doc.setTextColor(...SOFT);
  doc.text(String(m.max), plot.x - 3, plot.y + 4, { align: 'right' });
  doc.text(String(m.min), plot.x - 3, plot.y + plot.h, { align: 'right' });
  doc.text(words.start, plot.x, plot.y + plot.h + 8);
  if (points > 1) doc.text(words.round(points - 1), plot.x + plot.w, plot.y + plot.h + 8, { align: 'right' });
  let lastLabel = Number.NEGATIVE_INFINITY;
  for (const line of [...m.lines].sort((a, b) => b.value - a.value)) {
    const y = yOf(line.value);
    doc.setDrawColor(...(line.early ? LINE_EARLY : LINE_END));
    doc.setLineDashPattern([1.5, 1.5], 0);
    doc.line(plot.x, y, plot.x + plot.w, y);
    doc.setTextColor(...(line.early ? LINE_EARLY : LINE_END));
    // Two lines close together: the second label goes on the chart's other side.
    const crowded = y - lastLabel < 7;
    doc.text(String(line.value), crowded ? plot.x + 3 : plot.x + plot.w + 2, y + (crowded ? -2 : 2));
    if (!crowded) lastLabel = y;
  }
  doc.setLineDashPattern([], 0);
  doc.setDrawColor(...INK);
  doc.setLineWidth(1.2);
  for (let i = 1; i < m.values.length; i++)
    doc.line(xOf(i - 1), yOf(m.values[i - 1] ?? 0), xOf(i), yOf(m.values[i] ?? 0));
  doc.setFillColor(...INK);
  for (const [i, v] of m.values.entries()) doc.circle(xOf(i), yOf(v), 1.4, 'F');
  doc.setTextColor(...INK);
}
