/**
 * Which cards of the hand are on the table now. A small hand lies in full; a big one (the
 * Seoul scenario has dozens of cards) is shown a page at a time, optionally only the cards
 * that were open when the decision began, so every card stays big enough to read from the back
 * of a room. That set holds still while the team plays: a card just played, or one closed by
 * it, stays in its place (stamped, or greyed with its reason) instead of the page shifting.
 */
import { CLASS_LINE_ROOM, HAND_PAGE, HAND_ROW_MAX } from './layout';
import type { CardModel, TableModel } from './table-model';

export interface HandOptions {
  page: number;
  /** Show only these cards (the ones open when the decision began); null shows the whole hand. */
  only: ReadonlySet<string> | null;
  /** Room left free at the foot of the hand's area (see `CLASS_LINE_ROOM`). */
  leaveBelow?: number;
}

export interface HandView {
  /** The cards shown, in hand order; `n` is renumbered 1… on each page for the number keys. */
  cards: CardModel[];
  page: number;
  pages: number;
  /** 1-based positions of the first and last card shown among those that pass the filter. */
  first: number;
  last: number;
  /** How many cards pass the filter, and how many the hand holds. */
  shown: number;
  total: number;
  playableOnly: boolean;
  leaveBelow: number;
}

export function handView(hand: readonly CardModel[], options: HandOptions): HandView {
  const only = options.only;
  const pool = only ? hand.filter((c) => only.has(c.id)) : [...hand];
  const size = hand.length <= HAND_ROW_MAX ? Math.max(1, hand.length) : HAND_PAGE;
  const pages = Math.max(1, Math.ceil(pool.length / size));
  const page = Math.min(Math.max(0, options.page), pages - 1);
  const cards = pool.slice(page * size, page * size + size).map((c, i) => ({ ...c, n: i + 1 }));
  return {
    cards,
    page,
    pages,
    first: cards.length === 0 ? 0 : page * size + 1,
    last: page * size + cards.length,
    shown: pool.length,
    total: hand.length,
    playableOnly: only !== null,
    leaveBelow: options.leaveBelow ?? 0,
  };
}

/** The cards open now: what "playable only" shows for the rest of the decision. */
export function openCards(hand: readonly CardModel[]): Set<string> {
  return new Set(hand.filter((c) => c.status === 'playable').map((c) => c.id));
}

/** What a table looks at in its hand: the page, and whether only the cards open when the decision began. */
export interface HandLook {
  page: number;
  playableOnly: boolean;
  open: ReadonlySet<string> | null;
}

/** The hand as the table shows it: the filter applies while deciding, and a class's council hand leaves room for its proposals. */
export function tableHand(model: Pick<TableModel, 'hand' | 'phase' | 'handOwner'> | null, look: HandLook): HandView {
  return handView(model?.hand ?? [], {
    page: look.page,
    only: look.playableOnly && model?.phase === 'decide' ? look.open : null,
    leaveBelow: model?.handOwner === 'council' ? CLASS_LINE_ROOM : 0,
  });
}
