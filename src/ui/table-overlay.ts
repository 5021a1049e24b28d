/**
 * The DOM controls over the canvas: a transparent button on every card, news card, rung and
 * meter the table draws, at the same place (from the shared layout). Keyboard, screen reader,
 * mouse and touch all work through these; the canvas itself takes no input.
 */
import type { HandView } from '../view/hand-view';
import {
  HAND_AREA,
  HAND_ROW_MAX,
  HEADING,
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
import type { CardModel, LadderModel, MeterModel, NewsModel, TableModel } from '../view/table-model';
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

export function createOverlay(locale: Locale, onPick: (pick: Pick) => void): Overlay {
  const { t } = locale;
  const group = (id: string, label: string) =>
    h('div', { class: 'overlay-group', id, attrs: { role: 'group', 'aria-label': label } });
  const news = group('news-controls', t('table.news'));
  const hand = group('hand-controls', t('table.hand'));
  const ladders = group('ladder-controls', t('table.ladders'));
  const meters = group('meter-controls', t('table.meters'));
  let cards: HTMLButtonElement[] = [];
  let shownCards = '';
  let rungs = new Map<string, HTMLButtonElement>();
  let meterButtons: HTMLButtonElement[] = [];
  let newsKeys = '';
  let built = false;

  const cardLabel = (c: CardModel, capital: string) => {
    const status = cardStatusText(locale, c);
    const facts = [t('card.cost', { cost: c.cost, capital }), c.tierLabel ? t('card.tier', { tier: c.tierLabel }) : '']
      .concat(c.odds.map((o) => t('card.odds', o)))
      .filter((x) => x !== '');
    return `${t('card.button', { n: c.n, label: c.label, status })} ${facts.join('. ')}.`;
  };
  const rungLabel = (l: LadderModel, i: number) => {
    const r = l.rungs[i];
    if (!r) return '';
    const state =
      r.state === 'current'
        ? t('table.rung-current')
        : r.state === 'open'
          ? t('table.rung-open')
          : r.state === 'locked'
            ? `${t('table.rung-locked')}. ${t('table.rung-locked-why', { reason: r.lockText ?? '' })}`
            : '';
    return t('table.rung-button', { ladder: l.label, rung: r.label, tier: r.tierLabel, state });
  };
  const meterLabel = (m: MeterModel) => {
    const change = m.last
      ? t('table.meter-change', { delta: signed(m.last.to - m.last.from), cause: m.last.cause })
      : t('table.meter-unchanged');
    return t('table.meter-button', {
      label: m.label,
      value: m.value,
      better: t(m.better === 'higher' ? 'briefing.better-higher' : 'briefing.better-lower'),
      change,
    });
  };

  // Paging a big hand: previous, where we are, next, and a filter for the cards open now.
  const pageText = h('span', { class: 'hand-page-text' });
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
  const pager = h('div', { class: 'hand-pager', id: 'hand-pager' }, prev, pageText, next, filter);
  place(pager, { x: HAND_AREA.x + 170, y: HAND_AREA.y + 1, w: 480, h: HEADING });
  const cardList = h('div', { class: 'overlay-list' });
  hand.append(pager, cardList);

  const buildHand = (view: HandView) => {
    const rects = handRects(view.cards.length, view.total);
    // Keep focus in the hand when a page turns under it.
    const focused = cardList.contains(document.activeElement);
    cards = view.cards.map((c, i) => {
      const b = overlayButton(`card-${c.id}`, '', (event) =>
        onPick({ kind: 'card', id: c.id, viaKeyboard: event.detail === 0 }),
      );
      place(b, rects[i] as Rect);
      return b;
    });
    cardList.replaceChildren(...cards);
    if (focused) cards[0]?.focus();
  };

  const build = (model: TableModel) => {
    rungs = new Map();
    const rects = ladderRects(model.ladders.length);
    const all: HTMLButtonElement[] = [];
    model.ladders.forEach((l, li) => {
      const rr = rungRects(rects[li] as Rect, l.rungs.length, l.isPlayer);
      l.rungs.forEach((r, ri) => {
        const b = overlayButton(`rung-${l.id}-${r.id}`, '', () => onPick({ kind: 'rung', ladder: l.id, rung: r.id }));
        place(b, rr[ri] as Rect);
        rungs.set(`${l.id}/${r.id}`, b);
        // Highest rung first, as a reader scans the ladder from the top.
        all.unshift(b);
      });
    });
    ladders.replaceChildren(...all);
    const mr = meterRects(model.meters.length);
    meterButtons = model.meters.map((m, i) => {
      const b = overlayButton(`meter-${m.id}`, '', () => onPick({ kind: 'meter', id: m.id }));
      place(b, mr[i] as Rect);
      return b;
    });
    meters.replaceChildren(...meterButtons);
    built = true;
  };

  const buildNews = (all: readonly NewsModel[]) => {
    const items = all.slice(-NEWS_MAX);
    const rects = newsRects(items.length);
    news.replaceChildren(
      ...items.map((n, i) => {
        const b = overlayButton(`news-${n.key}`, '', () => onPick({ kind: 'news', key: n.key }));
        place(b, rects[i] as Rect);
        return b;
      }),
    );
  };

  return {
    news,
    hand,
    ladders,
    meters,
    update(model, view, selectedCard) {
      if (!built) build(model);
      const ids = `${view.total}:${view.cards.map((c) => c.id).join(' ')}`;
      if (ids !== shownCards) {
        shownCards = ids;
        buildHand(view);
      }
      view.cards.forEach((c, i) => {
        const b = cards[i];
        if (!b) return;
        setLabel(b, cardLabel(c, model.capital.label));
        b.setAttribute('aria-pressed', String(c.id === selectedCard));
        b.dataset.status = c.status;
      });
      pager.hidden = view.total <= HAND_ROW_MAX;
      setText(
        pageText,
        view.shown === 0
          ? t('table.hand-empty')
          : t('table.hand-page', { first: view.first, last: view.last, shown: view.shown }),
      );
      filter.setAttribute('aria-pressed', String(view.playableOnly));
      // Which cards are open is known only while deciding.
      filter.disabled = model.phase !== 'decide';
      prev.disabled = view.page <= 0;
      next.disabled = view.page >= view.pages - 1;
      hand.setAttribute('aria-label', `${t('table.hand')}: ${pageText.textContent ?? ''}`);
      for (const l of model.ladders)
        for (const r of l.rungs) {
          const b = rungs.get(`${l.id}/${r.id}`);
          if (!b) continue;
          setLabel(b, rungLabel(l, l.rungs.indexOf(r)));
          if (r.state === 'current') b.setAttribute('aria-current', 'true');
          else b.removeAttribute('aria-current');
        }
      model.meters.forEach((m, i) => {
        const b = meterButtons[i];
        if (b) setLabel(b, meterLabel(m));
      });
      const keys = model.news.map((n) => n.key).join(' ');
      if (keys !== newsKeys) {
        newsKeys = keys;
        buildNews(model.news);
      }
      model.news.slice(-NEWS_MAX).forEach((n) => {
        const b = news.querySelector<HTMLElement>(`#news-${n.key}`);
        if (!b) return;
        setLabel(
          b,
          n.kind === 'reaction'
            ? t('table.reaction-button', { seat: n.badge, label: n.title })
            : t('table.event-button', { title: n.title, kind: n.badge }),
        );
      });
    },
    cardButton(n) {
      return cards[n - 1];
    },
  };
}

/** A card's status in words; empty for a card that simply cannot be played in this phase. */
export function cardStatusText({ t }: Locale, c: CardModel): string {
  if (c.status === 'locked') return t('card.locked', { reason: c.reason ?? '' });
  if (c.status === 'played') return t('card.played');
  if (c.status === 'playable') return t('card.playable');
  return '';
}

/** A change written with its sign: +5, −3. */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0';
}
