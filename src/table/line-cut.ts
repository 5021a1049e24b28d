/** Where a line too long for its room is cut: pure, so that it is tested without a canvas. */

/** Words cut short: the ellipsis after them, with no space or stop left hanging before it. */
export function withEllipsis(words: string): string {
  return `${words.replace(/[\s,.;:–—·-]+$/, '')}…`;
}

/**
 * The longest start of `value` that `fits` with an ellipsis, cut after a word where one fits (at
 * a letter otherwise: a long word, or Korean without spaces between its clauses), found by halving.
 */
export function cutToFit(value: string, fits: (cut: string) => boolean): string {
  const ends = [...value.matchAll(/\s+/g)].map((m) => m.index ?? 0).filter((i) => i > 0);
  const atLetters = Array.from({ length: value.length - 1 }, (_, i) => i + 1);
  const cut = (end: number) => withEllipsis(value.slice(0, end));
  for (const candidates of [ends, atLetters]) {
    let lo = 0;
    let hi = candidates.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (fits(cut(candidates[mid] as number))) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (best >= 0) return cut(candidates[best] as number);
  }
  return withEllipsis('');
}

/**
 * How many of at most `maxLines` lines of a text `size` px high fit in `room` px, lines set
 * `lineHeight` apart (the last line needs no leading below it); always at least one.
 */
export function linesThatFit(room: number, size: number, lineHeight: number, maxLines: number): number {
  return Math.max(1, Math.min(maxLines, Math.floor((room - size) / lineHeight) + 1));
}
