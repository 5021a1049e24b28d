/**
 * The hand's heading row holds, from the left, its title, a big hand's pager and, at the right,
 * the capital's coins and words. However long the words grow (a larger text size), the coins keep
 * clear of the pager, and where there is room they keep their full size and spacing.
 */
import { describe, expect, it } from 'vitest';
import { coinSpots, HAND_AREA, HAND_PAGER, handRects } from '../../src/view/layout';

const pagerEnd = HAND_PAGER.x + HAND_PAGER.w;

describe("the hand's heading row", () => {
  it('keeps the coins full size and evenly spaced where there is room', () => {
    const { r, xs } = coinSpots(6, HAND_AREA.x + HAND_AREA.w - 200, true);
    expect(r).toBe(10);
    expect(xs.slice(1).map((x, i) => x - (xs[i] ?? 0))).toEqual([26, 26, 26, 26, 26]);
    expect((xs[0] ?? 0) - r).toBeGreaterThan(pagerEnd);
  });

  it('closes the coins up, then makes them smaller, beside the pager when the words grow', () => {
    const drawn = [];
    for (const words of [170, 210, 240]) {
      const right = HAND_AREA.x + HAND_AREA.w - 14 - words - 16;
      const { r, xs } = coinSpots(6, right, true);
      expect(xs, `words ${words} px`).toHaveLength(6);
      expect((xs[0] ?? 0) - r, `words ${words} px`).toBeGreaterThan(pagerEnd);
      expect((xs[5] ?? 0) + r).toBeCloseTo(right);
      expect((xs[1] ?? 0) - (xs[0] ?? 0), 'the coins do not overlap').toBeGreaterThanOrEqual(2 * r);
      drawn.push(r);
    }
    expect(drawn[0]).toBe(10);
    expect(drawn.at(-1) ?? 10).toBeLessThan(10);
  });

  it('leaves the coins out where even small ones would not fit', () => {
    expect(coinSpots(6, pagerEnd + 40, true)).toEqual({ r: 0, xs: [] });
  });

  it('lays the council table’s few cards on their side, wide enough to read', () => {
    const [card] = handRects(2, 2, 124);
    expect(card?.w ?? 0).toBeGreaterThan(card?.h ?? 0);
    expect(card?.w).toBe(300);
    const [own] = handRects(4, 4);
    expect(own?.h ?? 0, "a team's own small hand still stands").toBeGreaterThan(own?.w ?? 0);
  });
});
