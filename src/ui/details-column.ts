/**
 * The words column of the table: what is selected, in full. Its content is rebuilt only when
 * what it shows changed; a selected card keeps its details (and the rationale typed) while the
 * game goes on around it.
 */
import type { Scenario } from '../engine/scenario-schema';
import type { TimelineLine } from '../engine/timeline';
import { DETAILS_AREA, percentStyle } from '../view/layout';
import type { Locale } from '../view/locale';
import type { TableModel } from '../view/table-model';
import { h } from './dom';
import { linesPanel } from './lines-panel';
import {
  type CardDetails,
  cardDetails,
  meterPanel,
  newsItem,
  phasePanel,
  rungPanel,
  warningNotes,
} from './table-details';

/** What the players look at in the words column. */
export type Mode =
  | { kind: 'phase' }
  | { kind: 'card'; id: string }
  | { kind: 'rung'; ladder: string; rung: string }
  | { kind: 'meter'; id: string }
  | { kind: 'news'; key: string };

export interface DetailsColumn {
  element: HTMLElement;
  /** The selected card's details, while a card is selected. */
  card: CardDetails | null;
  /** Shows `mode`; false when what it names is gone (the caller goes back to the phase). */
  show(mode: Mode, model: TableModel, lines: readonly TimelineLine[]): boolean;
  /** The next `show` rebuilds the column even if nothing it shows changed. */
  invalidate(): void;
  /** Puts a card's details (kept from before) back in the column. */
  restore(card: CardDetails): void;
}

export function detailsColumn(
  locale: Locale,
  scenario: Scenario,
  requireRationale: boolean,
  onPlay: () => void,
): DetailsColumn {
  const element = h('aside', { class: 'details', id: 'details', attrs: { 'aria-labelledby': 'details-heading' } });
  Object.assign(element.style, percentStyle(DETAILS_AREA));
  let drawnKey = '';
  // Whether a card's words run on beneath its rationale box, said over their last line. Read in the next
  // frame, when the browser lays the column out anyway, not in the input's handler.
  let measuring = 0;
  const sayIfMore = () => {
    if (measuring !== 0) return;
    measuring = requestAnimationFrame(() => {
      measuring = 0;
      const box = element.querySelector<HTMLElement>('.card-play');
      box?.classList.toggle('more', element.scrollTop + element.clientHeight < element.scrollHeight - 4);
    });
  };
  element.addEventListener('scroll', sayIfMore, { passive: true });
  const column: DetailsColumn = {
    element,
    card: null,
    invalidate() {
      drawnKey = '';
    },
    restore(card) {
      column.card = card;
      element.replaceChildren(card.element);
    },
    show(mode, m, lines) {
      const key = `${mode.kind}:${JSON.stringify(mode)}:${m.phase}:${m.logLength}`;
      if (mode.kind === 'card') {
        const c = m.hand.find((x) => x.id === mode.id);
        if (!c) return false;
        if (!column.card || column.card.cardId !== c.id) {
          column.restore(cardDetails(locale, c, requireRationale, onPlay, m.handOwner === 'viewer'));
        }
        column.card?.update(c, m.phase === 'decide', m.capital.label);
        sayIfMore();
        drawnKey = key;
        return true;
      }
      column.card = null;
      if (key === drawnKey) return true;
      drawnKey = key;
      const panel = panelFor(locale, scenario, mode, m, lines);
      if (panel === null) return false;
      element.replaceChildren(...panel);
      return true;
    },
  };
  return column;
}

/** The column's content for anything but a card; null when what the mode names is gone. */
function panelFor(
  locale: Locale,
  scenario: Scenario,
  mode: Exclude<Mode, { kind: 'card' }>,
  m: TableModel,
  lines: readonly TimelineLine[],
): HTMLElement[] | null {
  if (mode.kind === 'rung') {
    const ladder = m.ladders.find((l) => l.id === mode.ladder);
    return ladder ? rungPanel(locale, ladder, mode.rung) : [];
  }
  if (mode.kind === 'meter') {
    const meter = m.meters.find((x) => x.id === mode.id);
    return meter ? meterPanel(locale, meter) : [];
  }
  if (mode.kind === 'news') {
    const item = m.news.find((n) => n.key === mode.key);
    return item ? [newsItem(locale, item, true)] : null;
  }
  // The warnings come first after the heading, whatever the phase; the red lines last.
  const [first, ...rest] = phasePanel(locale, scenario, m, lines);
  const redLines = linesPanel(locale.t, m.redLines);
  return first ? [first, ...warningNotes(m.warnings), ...rest, ...(redLines ? [redLines] : [])] : [];
}
