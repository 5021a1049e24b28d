/**
 * The words column beside the table: what the phase asks of the players, the round's news in
 * full, a card's details with its odds and the rationale field, a rung, a meter. Everything
 * here is text from the scenario or the locale, inserted as text.
 */

import type { Scenario } from '../engine/scenario-schema';
import type { TimelineLine } from '../engine/timeline';
import type { Locale } from '../view/locale';
import type { CardModel, LadderModel, MeterModel, NewsModel, TableModel } from '../view/table-model';
import { h, setText } from './dom';
import { cardStatusText, rungStateText, signed } from './table-overlay';

const HEADING_ID = 'details-heading';

function heading(text: string): HTMLHeadingElement {
  return h('h2', { id: HEADING_ID, attrs: { tabindex: -1 } }, text);
}

/** One news item in full: kind, title, date, text, quote, sources. */
export function newsItem(locale: Locale, n: NewsModel, asHeading = false): HTMLElement {
  const { t } = locale;
  return h(
    'article',
    { class: `news-item ${n.kind}` },
    h('p', { class: 'badge' }, n.kind === 'reaction' ? t('table.reaction-badge', { seat: n.badge }) : n.badge),
    asHeading ? heading(n.title) : h('h3', {}, n.title),
    n.date ? h('p', { class: 'muted' }, t('table.event-date', { date: n.date })) : null,
    h('p', {}, n.text),
    n.quote ? h('p', { class: 'quote' }, n.quote) : null,
    n.sources.length > 0
      ? h('p', { class: 'sources' }, t('table.event-sources', { sources: n.sources.join('; ') }))
      : null,
  );
}

/** What the players should do in this phase, with what they need for it. */
export function phasePanel(
  locale: Locale,
  scenario: Scenario,
  model: TableModel,
  roundLines: readonly TimelineLine[],
): HTMLElement[] {
  const { t } = locale;
  switch (model.phase) {
    case 'brief':
      return [
        heading(t('table.brief-title')),
        h('p', { class: 'muted' }, t('table.brief-help')),
        ...(model.news.length === 0
          ? [h('p', {}, t('table.no-news'))]
          : model.news.filter((n) => n.kind !== 'reaction').map((n) => newsItem(locale, n))),
      ];
    case 'deliberate': {
      const seat = scenario.seats.find((s) => s.id === scenario.player);
      return [
        heading(t('table.deliberate-title')),
        h('p', {}, t('table.deliberate-help')),
        h(
          'ul',
          { class: 'facts' },
          ...(seat?.roles ?? []).map((r) =>
            h('li', {}, t('table.role-reminder', { role: r.label, owns: r.brief.owns })),
          ),
        ),
      ];
    }
    case 'decide': {
      const played = model.hand.filter((c) => c.status === 'played');
      const parts: (HTMLElement | null)[] = [
        heading(t('table.decide-title')),
        h('p', {}, decideHelp(locale, scenario, model)),
        h(
          'p',
          { class: 'muted' },
          t(adoptedByChair(scenario, model) ? 'table.decide-count-adopted' : 'table.decide-count', {
            played: model.playedThisRound,
            limit: model.cardsPerRound,
          }),
        ),
        played.length > 0 ? h('ul', { class: 'facts' }, ...played.map((c) => h('li', {}, `✓ ${c.label}`))) : null,
        ...happened(locale, afterNews(roundLines)),
      ];
      return parts.filter((x): x is HTMLElement => x !== null);
    }
    case 'resolve':
    case 'ended':
      return [
        heading(t('table.resolve-title')),
        h('p', { class: 'muted' }, t('table.resolve-help')),
        ...happened(locale, afterNews(roundLines)),
      ];
    default:
      return [heading(t('table.details'))];
  }
}

/** A screen that shows the council's table of a class whose chair adopts the cards: they are adopted, not played. */
function adoptedByChair(scenario: Scenario, model: TableModel): boolean {
  return model.handOwner === 'council' && scenario.rules.council?.chair !== undefined;
}

/** What the decision asks: of the players at this table, or, on a screen that only shows the council's table, of the teams. */
function decideHelp({ t }: Locale, scenario: Scenario, model: TableModel): string {
  const limit = model.cardsPerRound;
  if (model.handOwner === 'viewer') return t('table.decide-help', { limit });
  const chair = scenario.rules.council?.chair;
  if (chair === undefined) return t('table.decide-teams-help', { limit });
  const roles = scenario.seats.find((s) => s.id === scenario.player)?.roles ?? [];
  return t('table.decide-council-help', { chair: roles.find((r) => r.id === chair)?.label ?? chair, limit });
}

/** The round's story without its news (the brief showed it): the decisions, the answers, the dice and every change they caused. */
function afterNews(lines: readonly TimelineLine[]): TimelineLine[] {
  const out: TimelineLine[] = [];
  let inNews = false;
  for (const l of lines) {
    if (l.depth < 2) inNews = l.kind === 'event' || l.kind === 'inject' || l.kind === 'round';
    if (!inNews) out.push(l);
  }
  return out;
}

function happened(locale: Locale, lines: readonly TimelineLine[]): HTMLElement[] {
  if (lines.length === 0) return [h('p', {}, locale.t('table.nothing-happened'))];
  return [h('ul', { class: 'happened' }, ...lines.map((l) => h('li', { class: `depth-${l.depth}` }, l.text)))];
}

export function rungPanel(locale: Locale, ladder: LadderModel, rungId: string): HTMLElement[] {
  const { t } = locale;
  const r = ladder.rungs.find((x) => x.id === rungId);
  if (!r) return [heading(ladder.label)];
  const state = rungStateText(locale, r) || null;
  const parts: (HTMLElement | null)[] = [
    h('p', { class: 'badge' }, t('table.rung-tier', { tier: r.tierLabel })),
    heading(r.label),
    h('p', { class: 'muted' }, ladder.label),
    state ? h('p', { class: r.state === 'locked' ? 'status-locked' : 'status-playable' }, state) : null,
    h('p', {}, r.description),
  ];
  return parts.filter((x): x is HTMLElement => x !== null);
}

/** The warnings of early endings the next round could bring, marked as such. */
export function warningNotes(warnings: readonly string[]): HTMLElement[] {
  return warnings.map((w) => h('p', { class: 'ending-warning' }, w));
}

/** The endings' lines on a meter, in words. */
function lineList(locale: Locale, m: MeterModel): HTMLElement[] {
  if (m.lines.length === 0) return [];
  return [
    h('h3', {}, locale.t('watch.heading')),
    h('ul', { class: 'facts watch-lines' }, ...m.lines.map((l) => h('li', { class: l.early ? 'early' : '' }, l.text))),
  ];
}

export function meterPanel(locale: Locale, m: MeterModel): HTMLElement[] {
  const { t } = locale;
  return [
    h('p', { class: 'badge' }, t(m.better === 'higher' ? 'briefing.better-higher' : 'briefing.better-lower')),
    heading(`${m.label}: ${m.value}`),
    ...warningNotes(m.warning ? [m.warning] : []),
    h('p', {}, m.description),
    h('p', { class: 'muted' }, t('table.meter-start', { start: m.start })),
    h(
      'p',
      {},
      m.last
        ? t('table.meter-change', { delta: signed(m.last.to - m.last.from), cause: m.last.cause })
        : t('table.meter-unchanged'),
    ),
    ...lineList(locale, m),
  ];
}

export interface CardDetails {
  element: HTMLElement;
  cardId: string;
  rationale: HTMLTextAreaElement;
  play: HTMLButtonElement;
  /** Refreshes the parts that change while the card stays selected; the rationale is kept. */
  update(card: CardModel, phaseOpen: boolean, capitalLabel: string): void;
  showRefusal(text: string): void;
}

export function cardDetails(
  locale: Locale,
  card: CardModel,
  requireRationale: boolean,
  onPlay: () => void,
  /** False for a card on the council's table, shown to be read: no rationale, no play button. */
  playable = true,
): CardDetails {
  const { t } = locale;
  const status = h('p', { id: 'card-status' });
  const facts = h('ul', { class: 'facts' });
  const refusal = h('p', { class: 'refusal', attrs: { role: 'alert', hidden: true } });
  const rationale = h('textarea', {
    id: 'rationale',
    attrs: {
      maxlength: 2000,
      rows: 3,
      required: requireRationale,
      'aria-describedby': 'card-status rationale-hint',
      'aria-keyshortcuts': 'Enter',
    },
  });
  // The play button beside the box shows Enter: Enter plays from the box too, Shift+Enter breaks the line.
  rationale.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    onPlay();
  });
  const play = h(
    'button',
    { class: 'btn btn-primary', id: 'play-card', attrs: { type: 'button' } },
    t('card.play'),
    h('kbd', { class: 'key', attrs: { 'aria-hidden': 'true' } }, 'Enter'),
  );
  play.addEventListener('click', onPlay);
  const element = h(
    'div',
    { class: 'card-details' },
    h('p', { class: 'badge' }, card.tierLabel ? t('card.tier', { tier: card.tierLabel }) : t('card.no-tier')),
    heading(card.label),
    status,
    facts,
    // The odds before the card's words: a long text must not push them out of view.
    card.odds.length > 0 ? h('h3', {}, t('card.odds-heading')) : null,
    card.odds.length > 0
      ? h('ul', { class: 'facts' }, ...card.odds.map((o) => h('li', { class: 'odds' }, t('card.odds', o))))
      : null,
    h('p', {}, card.text),
    h('p', { class: 'muted' }, t('card.why', { explain: card.explain })),
    // The rationale and the play button stay in view at the column's foot, however long the card's words.
    h(
      'div',
      // `data-more` is shown over the words' last line while they run on beneath the box (see details-column.ts).
      { class: 'card-play', attrs: { hidden: !playable, 'data-more': t('card.more-below') } },
      h('label', { attrs: { for: 'rationale' } }, t(requireRationale ? 'card.rationale-required' : 'card.rationale')),
      rationale,
      h('p', { class: 'muted hint', id: 'rationale-hint' }, t('rationale.enter-hint')),
      refusal,
      play,
    ),
  );
  return {
    element,
    cardId: card.id,
    rationale,
    play,
    update(c, phaseOpen, capitalLabel) {
      setText(status, cardStatusText(locale, c) || t('card.not-now'));
      status.className =
        c.status === 'playable' ? 'status-playable' : c.status === 'locked' ? 'status-locked' : 'muted';
      const items = [
        t('card.cost', { cost: c.cost, capital: capitalLabel }),
        c.moveText,
        c.once ? t('card.once') : undefined,
        c.touches.length > 0 ? t('card.touches', { meters: c.touches.join(', ') }) : undefined,
        ...c.later.map((l) => t('card.later', l)),
      ].filter((x): x is string => x !== undefined);
      if (facts.textContent !== items.join('')) facts.replaceChildren(...items.map((x) => h('li', {}, x)));
      const can = phaseOpen && c.status === 'playable';
      play.disabled = !can;
      rationale.disabled = c.status === 'played';
    },
    showRefusal(text) {
      refusal.textContent = t('table.refused', { reason: text });
      refusal.hidden = false;
    },
  };
}
