/**
 * Where everything sits on the table, in design pixels of a 1920×1080 board. The Phaser table
 * draws at these places and the DOM layer puts its buttons and panels at the same places
 * (as percentages), so a focus ring always frames the card it belongs to. No Phaser here.
 */

export const W = 1920;
export const H = 1080;

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

const GAP = 16;

/** The wooden rail along the top, under the DOM bar with the round, phase, timer and buttons. */
export const TOP_BAR: Rect = { x: 0, y: 0, w: W, h: 72 };
/** The left board: the player's ladder, then the counter-ladders. */
export const LADDER_AREA: Rect = { x: GAP, y: 88, w: 440, h: 976 };
/** The middle of the cloth: news on top, meters, then the hand. */
export const NEWS_AREA: Rect = { x: 472, y: 88, w: 930, h: 300 };
export const METER_AREA: Rect = { x: 472, y: 404, w: 930, h: 282 };
export const HAND_AREA: Rect = { x: 472, y: 702, w: 930, h: 362 };
/** The DOM column on the right: details above, the phase's actions below. */
export const DETAILS_AREA: Rect = { x: 1418, y: 88, w: 486, h: 846 };
export const ACTIONS_AREA: Rect = { x: 1418, y: 950, w: 486, h: 114 };

/** Room for an area's heading drawn on the cloth. */
export const HEADING = 34;

/** A rect as CSS percentages of the board, for the DOM layer. */
export function percentStyle(r: Rect): { left: string; top: string; width: string; height: string } {
  const pct = (v: number, of: number) => `${((v / of) * 100).toFixed(4)}%`;
  return { left: pct(r.x, W), top: pct(r.y, H), width: pct(r.w, W), height: pct(r.h, H) };
}

/** The player's ladder takes the top of the left board, the counter-ladders share the rest. */
export function ladderRects(count: number): Rect[] {
  const a = LADDER_AREA;
  if (count <= 1) return [a];
  const ownH = Math.round(a.h * 0.6);
  const rest = count - 1;
  const w = (a.w - GAP * (rest - 1)) / rest;
  return [
    { x: a.x, y: a.y, w: a.w, h: ownH },
    ...Array.from({ length: rest }, (_, i) => ({
      x: a.x + i * (w + GAP),
      y: a.y + ownH + GAP,
      w,
      h: a.h - ownH - GAP,
    })),
  ];
}

/** The plank of each rung inside a ladder's rect, lowest rung at the bottom. */
export function rungRects(ladder: Rect, rungs: number, withTiers: boolean): Rect[] {
  const inner = { x: ladder.x + (withTiers ? 96 : 16), y: ladder.y + HEADING + 8, w: 0, h: ladder.h - HEADING - 20 };
  inner.w = ladder.x + ladder.w - 16 - inner.x;
  const pitch = inner.h / rungs;
  const h = Math.min(pitch - 8, 120);
  return Array.from({ length: rungs }, (_, i) => ({
    x: inner.x,
    y: inner.y + inner.h - (i + 1) * pitch + (pitch - h) / 2,
    w: inner.w,
    h,
  }));
}

/** The meters in two columns. */
export function meterRects(count: number): Rect[] {
  const a = METER_AREA;
  const cols = count > 3 ? 2 : 1;
  const rows = Math.ceil(count / cols);
  const w = (a.w - GAP * (cols - 1)) / cols;
  const h = (a.h - GAP * 0.5 * (rows - 1)) / rows;
  return Array.from({ length: count }, (_, i) => ({
    x: a.x + (i % cols) * (w + GAP),
    y: a.y + Math.floor(i / cols) * (h + GAP * 0.5),
    w,
    h,
  }));
}

/** News cards: up to four in a row, standing; more in a grid of four a row, lying down. */
export const NEWS_MAX = 12;

export function newsRects(count: number): Rect[] {
  const a = NEWS_AREA;
  const n = Math.min(count, NEWS_MAX);
  if (n <= 4) {
    const h = a.h - HEADING - 4;
    const w = Math.min(196, (a.w - GAP * Math.max(0, n - 1)) / Math.max(1, n));
    return Array.from({ length: n }, (_, i) => ({ x: a.x + i * (w + GAP), y: a.y + HEADING, w, h }));
  }
  return grid(a, n, 4, Math.ceil(n / 4), 10);
}

/** A hand of up to six cards lies in one row; a bigger hand is shown a page of eight at a time. */
export const HAND_ROW_MAX = 6;

/**
 * The pager of a hand bigger than a row, on the hand's heading row: previous, the page, next and
 * "Playable only" (pressed, with its tick) take about 400 px; the capital's coins keep to the right.
 */
export const HAND_PAGER: Rect = { x: HAND_AREA.x + 170, y: HAND_AREA.y + 1, w: 400, h: HEADING };

/**
 * The capital's coins on the hand's heading row, ending at `right` (left of the capital's words):
 * their radius and centres. Beside a big hand's pager they close up, then grow smaller, rather
 * than run under it (at a larger text size the capital's words take more of the row), and where
 * even small ones would not fit there are none.
 */
export function coinSpots(count: number, right: number, paged: boolean): { r: number; xs: number[] } {
  const room = right - (paged ? HAND_PAGER.x + HAND_PAGER.w + 8 : HAND_AREA.x + 200);
  const slots = Math.max(1, count);
  let r = 10;
  let pitch = Math.min(r * 2 + 6, (room - 2 * r) / Math.max(1, slots - 1));
  if (pitch < r * 2 + 1) {
    r = (room - (slots - 1)) / (2 * slots);
    pitch = r * 2 + 1;
  }
  // Coins too small to see are left out: the capital's words say the same.
  if (r < 5) return { r: 0, xs: [] };
  return { r, xs: Array.from({ length: count }, (_, i) => right - (count - 1 - i) * pitch - r) };
}

export const HAND_PAGE = 8;

/**
 * The foot of the hand's area that a class on the network leaves to its line (connection, teams
 * done, the join code) on the projector and the teacher's table, where the hand's place holds
 * the council's table: its cards stand above the line.
 */
export const CLASS_LINE_ROOM = 124;

/** The places of the `count` cards shown, out of a hand of `total`, leaving `leaveBelow` free at the area's foot. */
export function handRects(count: number, total: number, leaveBelow = 0): Rect[] {
  const a = { ...HAND_AREA, h: HAND_AREA.h - leaveBelow };
  if (total <= HAND_ROW_MAX) {
    const gap = 12;
    const h = Math.min(316, a.h - HEADING - 8);
    // A row too low for standing cards (the council's table above the class's line) lays its few
    // cards on their side, as wide as the row allows: their words stay large enough for a projector.
    const widest = h < 250 ? 300 : 176;
    const w = Math.min(widest, (a.w - gap * (count - 1)) / Math.max(1, count));
    return Array.from({ length: count }, (_, i) => ({ x: a.x + i * (w + gap), y: a.y + HEADING, w, h }));
  }
  return grid(a, count, 4, 2, 12);
}

/** `count` cells of a cols×rows grid under an area's heading, filled row by row. */
function grid(a: Rect, count: number, cols: number, rows: number, gap: number): Rect[] {
  const w = (a.w - gap * (cols - 1)) / cols;
  const h = (a.h - HEADING - 6 - gap * (rows - 1)) / rows;
  return Array.from({ length: count }, (_, i) => ({
    x: a.x + (i % cols) * (w + gap),
    y: a.y + HEADING + Math.floor(i / cols) * (h + gap),
    w,
    h,
  }));
}
