/**
 * Hangul glyphs for Noto Sans KR: about a hundred small slices that the browser fetches only
 * for the characters on screen. Their stylesheet itself is large (about 60 kB gzip for two
 * weights), so it is added only when a scenario or a language needs it.
 */

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;

let sliced: Promise<unknown> | null = null;

/** True when the text holds Korean letters. */
export function hasHangul(text: string): boolean {
  return HANGUL.test(text);
}

/**
 * Makes the fonts for this text ready: the Hangul slices when it needs them, and the faces
 * themselves, so the canvas never measures text with a fallback font.
 */
export async function fontsFor(text: string): Promise<void> {
  if (hasHangul(text))
    sliced ??= Promise.all([import('@fontsource/noto-sans-kr/400.css'), import('@fontsource/noto-sans-kr/700.css')]);
  await sliced;
  if (!('fonts' in document)) return;
  const sample = text.slice(0, 2000);
  await Promise.all([
    document.fonts.load('400 18px "Noto Sans KR"', sample),
    document.fonts.load('700 18px "Noto Sans KR"', sample),
  ]).catch(() => undefined);
}
