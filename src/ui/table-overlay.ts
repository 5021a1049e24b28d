/**
 * The DOM controls over the canvas: a transparent button on every card, news card, rung and
 * meter the table draws, at the same place (from the shared layout). Keyboard, screen reader,
 * mouse and touch all work through these; the canvas itself takes no input.
 */
import type { HandView } from '../view/hand-view';
import {
  HAND_PAGER,
  HAND_ROW_MAX,
  handRects,
  ladderRects,
  meterRects,
  NEWS_MAX,
  newsRects,
  percentStyle,
  type Rect,
  rungRects,
} from '../view/layout';
import type { Locale } from '../view/locale';
import type { CardModel, LadderModel, MeterModel, NewsModel, RungModel, TableModel } from '../view/table-model';
import { h, setText } from './dom';

export type Pick =
  | { kind: 'card'; id: string; viaKeyboard: boolean }
  | { kind: 'page'; by: -1 | 1 }
  | { kind: 'playable-only' }
  | { kind: 'rung'; ladder: string; rung: string }
  | { kind: 'meter'; id: string }
  | { kind: 'news'; key: string };

export interface Overlay {
  /** The groups in tab order: news, hand, then (after the words column) ladders and meters. */
  news: HTMLElement;
  hand: HTMLElement;
  ladders: HTMLElement;
  meters: HTMLElement;
  update(model: TableModel, hand: HandView, selectedCard: string | null): void;
  /** The button of the card shown at `n` (1-based). */
  cardButton(n: number): HTMLButtonElement | undefined;
}

function place(el: HTMLElement, r: Rect): void {
  Object.assign(el.style, percentStyle(r));
}

function overlayButton(id: string, label: string, onClick: (event: MouseEvent) => void): HTMLButtonElement {
  const b = h(
    'button',
    { class: 'overlay-button', id, attrs: { type: 'button' } },
    h('span', { class: 'sr-only' }, label),
  );
  b.addEventListener('click', onClick);
  return b;
}

function setLabel(button: HTMLElement, label: string): void {
  const span = button.firstElementChild;
  if (span) setText(span, label);
}

/** Labels for the overlay's buttons: what a screen reader says for each thing on the table. */
function labels(locale: Locale) {
  const { t } = locale;
  return {
    card(c: CardModel, capital: string): string {
      const status = cardStatusText(locale, c);
      const facts = [
        t('card.cost', { cost: c.cost, capital }),
        c.tierLabel ? t('card.tier', { tier: c.tierLabel }) : '',
      ]
        .concat(c.odds.map((o) => t('card.odds', o)))
        .filter((x) => x !== '');
      return `${t('card.button', { n: c.n, label: c.label, status })} ${facts.join('. ')}.`;
    },
    rung(l: LadderModel, i: number): string {
      const r = l.rungs[i];
      if (!r) return '';
      const words = rungStateText(locale, r);
      const state = r.state === 'locked' ? `${t('table.rung-locked')}. ${words}` : words;
      return t('table.rung-button', { ladder: l.label, rung: r.label, tier: r.tierLabel, state });
    },
    meter(m: MeterModel): string {
      const change = m.last
        ? t('table.meter-change', { delta: signed(m.last.to - m.last.from), cause: m.last.cause })
        : t('table.meter-unchanged');
      const words = t('table.meter-button', {
        label: m.label,
        value: m.value,
        better: t(m.better === 'higher' ? 'briefing.better-higher' : 'briefing.better-lower'),
        change,
      });
      // The endings' lines and a warning are read out with the meter, as the bar shows them.
      return [words, m.warning ?? '', ...m.lines.filter((l) => l.early).map((l) => l.text)].filter(Boolean).join(' ');
    },
    news(n: NewsModel): string {
      return n.kind === 'reaction'
        ? t('table.reaction-button', { seat: n.badge, label: n.title })
        : t('table.event-button', { title: n.title, kind: n.badge });
    },
  };
}

/** Paging a big hand: previous, where we are, next, and a filter for the cards open now. */
function handPager(locale: Locale, onPick: (pick: Pick) => void) {
  const { t } = locale;
  const text = h('span', { class: 'hand-page-text' });
  const pageButton = (id: string, label: string, key: string, content: string) =>
    h(
      'button',
      { class: 'page-button', id, attrs: { type: 'button', 'aria-keyshortcuts': key, 'aria-label': label } },
      content,
    );
  const prev = pageButton('hand-prev', t('table.hand-prev'), '[', '◀');
  const next = pageButton('hand-next', t('table.hand-next'), ']', '▶');
  const filter = h(
    'button',
    { class: 'page-button filter', id: 'hand-playable-only', attrs: { type: 'button', 'aria-pressed': 'false' } },
    t('table.playable-only'),
  );
  prev.addEventListener('click', () => onPick({ kind: 'page', by: -1 }));
  next.addEventListener('click', () => onPick({ kind: 'page', by: 1 }));
  filter.addEventListener('click', () => onPick({ kind: 'playable-only' }));
  const element = h('div', { class: 'hand-pager', id: 'hand-pager' }, prev, text, next, filter);
  place(element, HAND_PAGER);
  return {
    element,
    text,
    update(model: TableModel, view: HandView) {
      element.hidden = view.total <= HAND_ROW_MAX;
      setText(
        text,
        view.shown === 0
          ? t('table.hand-empty')
          : t('table.hand-page', { first: view.first, last: view.last, shown: view.shown }),
      );
      filter.setAttribute('aria-pressed', String(view.playableOnly));
      // Which cards are open is known only while deciding.
      filter.disabled = model.phase !== 'decide';
      prev.disabled = view.page <= 0;
      next.disabled = view.page >= view.pages - 1;
    },
  };
}

/** The overlay's buttons, built once for the ladders and meters and again whenever the cards or news shown change. */
class OverlayControls implements Overlay {
  readonly news: HTMLElement;
  readonly hand: HTMLElement;
  readonly ladders: HTMLElement;
  readonly meters: HTMLElement;
  private readonly label: ReturnType<typeof labels>;
  private readonly pager: ReturnType<typeof handPager>;
  private readonly cardList = h('div', { class: 'overlay-list' });
  private cards: HTMLButtonElement[] = [];
  private shownCards = '';
  private rungs = new Map<string, HTMLButtonElement>();
  private meterButtons: HTMLButtonElement[] = [];
  private newsKeys = '';
  private built = false;

  constructor(
    private readonly locale: Locale,
    private readonly onPick: (pick: Pick) => void,
  ) {
    const { t } = locale;
    const group = (id: string, label: string) =>
      h('div', { class: 'overlay-group', id, attrs: { role: 'group', 'aria-label': label } });
    this.news = group('news-controls', t('table.news'));
    this.hand = group('hand-controls', t('table.hand'));
    this.ladders = group('ladder-controls', t('table.ladders'));
    this.meters = group('meter-controls', t('table.meters'));
    this.label = labels(locale);
    this.pager = handPager(locale, onPick);
    this.hand.append(this.pager.element, this.cardList);
  }

  update(model: TableModel, view: HandView, selectedCard: string | null): void {
    if (!this.built) this.build(model);
    const ids = `${view.total}:${view.cards.map((c) => c.id).join(' ')}`;
    if (ids !== this.shownCards) {
      this.shownCards = ids;
      this.buildHand(view);
    }
    view.cards.forEach((c, i) => {
      const b = this.cards[i];
      if (!b) return;
      setLabel(b, this.label.card(c, model.capital.label));
      b.setAttribute('aria-pressed', String(c.id === selectedCard));
      b.dataset.status = c.status;
    });
    this.pager.update(model, view);
    const heading = this.locale.t(model.handOwner === 'council' ? 'table.council-hand' : 'table.hand');
    this.hand.setAttribute('aria-label', `${heading}: ${this.pager.text.textContent ?? ''}`);
    this.updateBoard(model);
  }

  cardButton(n: number): HTMLButtonElement | undefined {
    return this.cards[n - 1];
  }

  private updateBoard(model: TableModel): void {
    for (const l of model.ladders)
      for (const r of l.rungs) {
        const b = this.rungs.get(`${l.id}/${r.id}`);
        if (!b) continue;
        setLabel(b, this.label.rung(l, l.rungs.indexOf(r)));
        if (r.state === 'current') b.setAttribute('aria-current', 'true');
        else b.removeAttribute('aria-current');
      }
    model.meters.forEach((m, i) => {
      const b = this.meterButtons[i];
      if (b) setLabel(b, this.label.meter(m));
    });
    const keys = model.news.map((n) => n.key).join(' ');
    if (keys !== this.newsKeys) {
      this.newsKeys = keys;
      this.buildNews(model.news);
    }
    for (const n of model.news.slice(-NEWS_MAX)) {
      const b = this.news.querySelector<HTMLElement>(`#news-${n.key}`);
      if (b) setLabel(b, this.label.news(n));
    }
  }

  private buildHand(view: HandView): void {
    const rects = handRects(view.cards.length, view.total, view.leaveBelow);
    // Keep focus in the hand when a page turns under it.
    const focused = this.cardList.contains(document.activeElement);
    this.cards = view.cards.map((c, i) => {
      const b = overlayButton(`card-${c.id}`, '', (event) =>
        this.onPick({ kind: 'card', id: c.id, viaKeyboard: event.detail === 0 }),
      );
      place(b, rects[i] as Rect);
      return b;
    });
    this.cardList.replaceChildren(...this.cards);
    if (focused) this.cards[0]?.focus();
  }

  private build(model: TableModel): void {
    this.rungs = new Map();
    const rects = ladderRects(model.ladders.length);
    const all: HTMLButtonElement[] = [];
    model.ladders.forEach((l, li) => {
      const rr = rungRects(rects[li] as Rect, l.rungs.length, l.isPlayer);
      l.rungs.forEach((r, ri) => {
        const b = overlayButton(`rung-${l.id}-${r.id}`, '', () =>
          this.onPick({ kind: 'rung', ladder: l.id, rung: r.id }),
        );
        place(b, rr[ri] as Rect);
        this.rungs.set(`${l.id}/${r.id}`, b);
        // Highest rung first, as a reader scans the ladder from the top.
        all.unshift(b);
      });
    });
    this.ladders.replaceChildren(...all);
    const mr = meterRects(model.meters.length);
    this.meterButtons = model.meters.map((m, i) => {
      const b = overlayButton(`meter-${m.id}`, '', () => this.onPick({ kind: 'meter', id: m.id }));
      place(b, mr[i] as Rect);
      return b;
    });
    this.meters.replaceChildren(...this.meterButtons);
    this.built = true;
  }

  private buildNews(all: readonly NewsModel[]): void {
    const items = all.slice(-NEWS_MAX);
    const rects = newsRects(items.length);
    this.news.replaceChildren(
      ...items.map((n, i) => {
        const b = overlayButton(`news-${n.key}`, '', () => this.onPick({ kind: 'news', key: n.key }));
        place(b, rects[i] as Rect);
        return b;
      }),
    );
  }
}

export function createOverlay(locale: Locale, onPick: (pick: Pick) => void): Overlay {
  return new OverlayControls(locale, onPick);
}

/** A card's status in words; empty for a card that simply cannot be played in this phase. */
export function cardStatusText({ t }: Locale, c: CardModel): string {
  if (c.status === 'locked') return t('card.locked', { reason: c.reason ?? '' });
  if (c.status === 'played') return t('card.played');
  if (c.status === 'playable') return t('card.playable');
  return c.proposal ?? '';
}

/** A rung's state in words: current, open, or why it is locked; empty for any other rung. */
export function rungStateText({ t }: Locale, r: RungModel): string {
  if (r.state === 'current') return t('table.rung-current');
  if (r.state === 'open') return t('table.rung-open');
  return r.state === 'locked' ? t('table.rung-locked-why', { reason: r.lockText ?? '' }) : '';
}

/** A change written with its sign: +5, −3. */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0';
}
