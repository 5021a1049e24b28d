/**
 * The player's display settings: text size and calm animations. Kept in localStorage so a
 * projector laptop remembers them; the app applies them as attributes on <html> that the CSS reads.
 */

export const TEXT_SIZES = ['normal', 'large', 'larger'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export interface Settings {
  textSize: TextSize;
  /** No flips or slides: changes appear at once (also the default under prefers-reduced-motion). */
  calm: boolean;
}

const KEY = 'red-lines.settings';

/** The saved settings, or the defaults; a damaged entry is ignored, never fatal. */
export function loadSettings(storage: Storage | undefined, prefersReducedMotion: boolean): Settings {
  const defaults: Settings = { textSize: 'normal', calm: prefersReducedMotion };
  try {
    const raw: unknown = JSON.parse(storage?.getItem(KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return defaults;
    const { textSize, calm } = raw as Partial<Record<keyof Settings, unknown>>;
    return {
      textSize: TEXT_SIZES.includes(textSize as TextSize) ? (textSize as TextSize) : defaults.textSize,
      calm: typeof calm === 'boolean' ? calm : defaults.calm,
    };
  } catch {
    return defaults;
  }
}

export function saveSettings(storage: Storage | undefined, settings: Settings): void {
  try {
    storage?.setItem(KEY, JSON.stringify(settings));
  } catch {
    // Private browsing or a full disk: the settings still hold for this visit.
  }
}
