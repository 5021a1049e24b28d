/**
 * The keyboard shortcuts, listed once: the help overlay prints this list and the table's key
 * handler reads it, so the two never disagree.
 */

export type ShortcutAction =
  | 'pick'
  | 'play'
  | 'page-prev'
  | 'page-next'
  | 'end-turn'
  | 'next'
  | 'history'
  | 'glossary'
  | 'help'
  | 'escape'
  | 'tab';

export interface Shortcut {
  action: ShortcutAction;
  /** The keys as printed on the help overlay. */
  keys: string[];
}

export const SHORTCUTS: readonly Shortcut[] = [
  { action: 'pick', keys: ['1', '…', '9'] },
  { action: 'play', keys: ['Enter'] },
  { action: 'page-prev', keys: ['['] },
  { action: 'page-next', keys: [']'] },
  { action: 'end-turn', keys: ['E'] },
  { action: 'next', keys: ['N'] },
  { action: 'history', keys: ['H'] },
  { action: 'glossary', keys: ['G'] },
  { action: 'help', keys: ['?'] },
  { action: 'escape', keys: ['Esc'] },
  { action: 'tab', keys: ['Tab', 'Shift+Tab'] },
];

/** The shortcut a key press asks for, or undefined; typing in a field never triggers one. */
export function shortcutFor(event: KeyboardEvent): { action: ShortcutAction; n?: number } | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, textarea, select, [contenteditable="true"]')) return undefined;
  const key = event.key;
  if (/^[1-9]$/.test(key)) return { action: 'pick', n: Number(key) };
  if (key === '[') return { action: 'page-prev' };
  if (key === ']') return { action: 'page-next' };
  switch (key.toLowerCase()) {
    case 'e':
      return { action: 'end-turn' };
    case 'n':
      return { action: 'next' };
    case 'h':
      return { action: 'history' };
    case 'g':
      return { action: 'glossary' };
    case '?':
      return { action: 'help' };
    case 'escape':
      return { action: 'escape' };
    default:
      return undefined;
  }
}
