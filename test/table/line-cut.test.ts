import { describe, expect, it } from 'vitest';
import { cutToFit, linesThatFit, withEllipsis } from '../../src/table/line-cut';

/** A ruler where every character is one unit wide. */
const within = (room: number) => (words: string) => words.length <= room;

describe('cutToFit', () => {
  it('cuts after the last word that fits with the ellipsis', () => {
    expect(cutToFit('▲ +3 · Speed up the pledged money', within(20))).toBe('▲ +3 · Speed up the…');
  });

  it('leaves no comma, stop or dot before the ellipsis', () => {
    expect(cutToFit('Moscow warns, again. Then more', within(14))).toBe('Moscow warns…');
    expect(cutToFit('▼ −2 · NIS: about 3,000', within(10))).toBe('▼ −2…');
  });

  it('cuts inside a word when not even the first word fits', () => {
    expect(cutToFit('Unbreakableword and more', within(8))).toBe('Unbreak…');
  });

  it('cuts Korean without spaces at a letter', () => {
    expect(cutToFit('국가정보원북한군파병발표', within(6))).toBe('국가정보원…');
  });

  it('gives the ellipsis alone when nothing fits beside it', () => {
    expect(cutToFit('Words', within(1))).toBe('…');
  });

  it('keeps the longest cut that fits, however the widths fall', () => {
    const widths: Record<string, number> = { W: 3, i: 1 };
    const measure = (s: string) => [...s].reduce((sum, c) => sum + (widths[c] ?? 2), 0);
    const value = 'Wii WWW ii WiW i WWWW';
    const cut = cutToFit(value, (s) => measure(s) <= 20);
    expect(measure(cut)).toBeLessThanOrEqual(20);
    const nextWord = value.slice(0, value.indexOf(' ', cut.length));
    expect(measure(`${nextWord}…`)).toBeGreaterThan(20);
  });
});

describe('withEllipsis', () => {
  it('leaves no space, stop or middle dot hanging before the ellipsis', () => {
    expect(withEllipsis('Needs 2 political capital;')).toBe('Needs 2 political capital…');
    expect(withEllipsis('▲ +3 · ')).toBe('▲ +3…');
    expect(withEllipsis('Words')).toBe('Words…');
  });
});

describe('linesThatFit', () => {
  it('counts the lines that fit, the last without leading below it', () => {
    // Lines of 12 px set 15 px apart: two need 27 px, three 42.
    expect(linesThatFit(27, 12, 15, 3)).toBe(2);
    expect(linesThatFit(26, 12, 15, 3)).toBe(1);
    expect(linesThatFit(42, 12, 15, 3)).toBe(3);
  });

  it('keeps to the most lines allowed, and to one line however small the room', () => {
    expect(linesThatFit(500, 12, 15, 3)).toBe(3);
    expect(linesThatFit(Number.POSITIVE_INFINITY, 12, 15, 2)).toBe(2);
    expect(linesThatFit(5, 12, 15, 3)).toBe(1);
  });
});
