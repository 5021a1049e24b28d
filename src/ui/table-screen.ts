/**
 * The DOM half of the table: the bar with round, phase, timer and capital (table-bar.ts);
 * transparent controls over everything the canvas draws (table-overlay.ts); the words column
 * (details-column.ts); the phase's action (table-actions.ts). Built once, updated from each new
 * model; every input becomes an intent sent through `deps.send`.
 */

import type { Scenario } from '../engine/scenario-schema';
import type { TimelineLine } from '../engine/timeline';
import type { Intent, IntentResult, Phase } from '../session/session';
import { type HandView, openCards, tableHand } from '../view/hand-view';
import type { Locale } from '../view/locale';
import { RATIONALE_WORDS, rationaleProblem } from '../view/rationale';
import type { TableModel } from '../view/table-model';
import { type DetailsColumn, detailsColumn, type Mode } from './details-column';
import { h } from './dom';
import type { Screen } from './screen';
import type { ShortcutAction } from './shortcuts';
import { type PhaseActions, phaseActions } from './table-actions';
import { tableBar } from './table-bar';
import { createOverlay, type Overlay, type Pick } from './table-overlay';

export interface TableScreenDeps {
  locale: Locale;
  scenario: Scenario;
  seat: string;
  requireRationale: boolean;
  /** Sends an intent through the session; the new view arrives through `update`. */
  send(intent: Intent): Promise<IntentResult>;
  /** Why an intent failed, in words. */
  failureText(result: Exclude<IntentResult, { ok: true }>): string;
  narrate(text: string): void;
  /** The hand's page or the selection changed: the drawn table follows `ui()`. */
  onUi(): void;
  onHistory(): void;
  onGlossary(): void;
  onHelp(): void;
  onSettings(): void;
  /** The way out of the game, asked first (the bar's button and the browser's Back). */
  onLeave(): void;
}

export interface TableScreen extends Screen {
  update(model: TableModel, roundLines: readonly TimelineLine[]): void;
  /** Seconds left to deliberate, or null to hide the timer. */
  setTimer(seconds: number | null, paused: boolean): void;
  /** Runs a keyboard shortcut; false when it means nothing here. */
  shortcut(action: ShortcutAction, n?: number): boolean;
  /** The page of the hand on show and the card selected, for the drawn table. */
  ui(): { hand: HandView; selected: string | null };
}

/** What the players chose to look at, apart from the game. */
interface Looking {
  model: TableModel | null;
  lines: readonly TimelineLine[];
  mode: Mode;
  page: number;
  playableOnly: boolean;
  /** The open cards when the decision began (or the filter was chosen), held still until it ends. */
  open: Set<string> | null;
}

/** The parts the screen is built from. */
interface Parts {
  heading: HTMLElement;
  overlay: Overlay;
  details: DetailsColumn;
  actions: PhaseActions;
}

export function tableScreen(deps: TableScreenDeps): TableScreen {
  const { t } = deps.locale;
  const at: Looking = { model: null, lines: [], mode: { kind: 'phase' }, page: 0, playableOnly: false, open: null };
  const bar = tableBar(deps.locale, deps.scenario.title, {
    history: deps.onHistory,
    glossary: deps.onGlossary,
    help: deps.onHelp,
    settings: deps.onSettings,
    leave: deps.onLeave,
  });
  const parts: Parts = {
    heading: h('h1', { class: 'sr-only', id: 'table-heading', attrs: { tabindex: -1 } }, deps.scenario.title),
    overlay: createOverlay(deps.locale, (pick) => intents.pick(pick)),
    details: detailsColumn(deps.locale, deps.scenario, deps.requireRationale, () => void intents.play()),
    actions: phaseActions(deps.locale, (intent) => void intents.send(intent)),
  };
  const intents = new TableIntents(deps, at, parts);
  const { overlay, details, actions } = parts;
  // Tab order: the bar, the news, the hand, the words, the actions, then the ladders and meters.
  const element = h(
    'section',
    { class: 'table-root', id: 'table-screen', attrs: { 'aria-label': t('table.screen') } },
    parts.heading,
    bar.element,
    overlay.news,
    overlay.hand,
    details.element,
    actions.element,
    overlay.ladders,
    overlay.meters,
  );
  element.addEventListener('keydown', (event) => tabToRationale(event, intents.selectedId(), parts));
  return {
    name: 'table',
    title: t('table.screen'),
    element,
    focusTarget: parts.heading,
    back: deps.onLeave,
    ui: () => ({ hand: intents.hand(), selected: intents.selectedId() }),
    update(m, roundLines) {
      const phaseChanged = at.model?.phase !== m.phase || at.model?.round !== m.round;
      at.model = m;
      at.lines = roundLines;
      if (phaseChanged) {
        at.mode = { kind: 'phase' };
        at.page = 0;
        at.open = openCards(m.hand);
      }
      bar.update(m);
      actions.update(m);
      overlay.update(m, intents.hand(), intents.selectedId());
      intents.render(m);
      if (phaseChanged) moveFocus(element, parts, m.phase);
    },
    setTimer: (seconds, paused) => bar.setTimer(seconds, paused),
    shortcut: (action, n) => intents.shortcut(action, n),
  };
}

/**
 * The selected card and its rationale are one Tab apart, though the rest of the hand and the
 * words column lie between them in the page: Tab goes from the card to the box, Shift+Tab back.
 */
function tabToRationale(event: KeyboardEvent, selected: string | null, parts: Parts): void {
  const box = parts.details.card?.rationale;
  if (event.key !== 'Tab' || event.ctrlKey || event.altKey || event.metaKey || !selected || !box || box.disabled)
    return;
  const card = parts.overlay.hand.querySelector<HTMLElement>(`#card-${CSS.escape(selected)}`);
  const from = event.target;
  const to = !event.shiftKey && from === card ? box : event.shiftKey && from === box ? card : null;
  if (!to) return;
  event.preventDefault();
  to.focus();
}

/** Focus stays where a person put it, unless its control has just gone away with the phase. */
function moveFocus(element: HTMLElement, parts: Parts, phase: Phase): void {
  const active = document.activeElement;
  const lost = !active || active === document.body || (element.contains(active) && active.closest('[hidden]') !== null);
  if (!lost) return;
  if (phase === 'decide') {
    const first = parts.overlay.hand.querySelector<HTMLElement>('[data-status="playable"]');
    (first ?? parts.actions.of.decide)?.focus();
    return;
  }
  parts.actions.of[phase]?.focus();
}

/** What the players do at the table: pick, page, play, end the turn, and the keys for each. */
class TableIntents {
  constructor(
    private readonly deps: TableScreenDeps,
    private readonly at: Looking,
    private readonly parts: Parts,
  ) {}

  selectedId(): string | null {
    return this.at.mode.kind === 'card' ? this.at.mode.id : null;
  }

  hand(): HandView {
    return tableHand(this.at.model, this.at);
  }

  render(m: TableModel): void {
    if (!this.parts.details.show(this.at.mode, m, this.at.lines)) this.select({ kind: 'phase' });
  }

  /** Looks at something else; the drawn table follows. */
  select(next: Mode): void {
    this.at.mode = next;
    this.parts.details.invalidate();
    this.looked();
    if (this.at.model) this.render(this.at.model);
    this.deps.onUi();
  }

  async send(intent: Intent): Promise<IntentResult> {
    const result = await this.deps.send(intent);
    if (!result.ok) this.refused(result);
    return result;
  }

  /**
   * Plays the selected card. The selection is let go before the intent is sent, so the new view
   * the play brings is built and drawn once, already without it; a refusal selects the card again.
   */
  async play(): Promise<void> {
    const { at, parts } = this;
    const held = parts.details.card;
    if (at.mode.kind !== 'card' || !held || at.model?.phase !== 'decide') return;
    const id = at.mode.id;
    const rationale = held.rationale.value.trim();
    const problem = rationaleProblem(rationale, this.deps.requireRationale);
    if (problem) {
      // Nothing is sent: the rule asks for a sentence, and the box is where to write it.
      this.refuse(this.deps.locale.t(`rationale.${problem}`, { words: RATIONALE_WORDS }));
      held.rationale.focus();
      return;
    }
    at.mode = { kind: 'phase' };
    parts.details.invalidate();
    const result = await this.deps.send({
      type: 'card.play',
      seat: this.deps.seat,
      card: id,
      ...(rationale === '' ? {} : { rationale }),
    });
    if (result.ok) {
      parts.overlay.hand.querySelector<HTMLElement>(`#card-${id}`)?.focus();
      return;
    }
    // Nothing changed: the card comes back with its rationale and the reason.
    parts.details.restore(held);
    this.select({ kind: 'card', id });
    this.refused(result);
  }

  pick(p: Pick): void {
    if (!this.at.model) return;
    if (p.kind === 'page') this.turnPage(p.by);
    else if (p.kind === 'playable-only') this.togglePlayableOnly(this.at.model);
    else if (p.kind === 'card') this.pickCard(p.id, p.viaKeyboard);
    else if (p.kind === 'rung') this.select({ kind: 'rung', ladder: p.ladder, rung: p.rung });
    else if (p.kind === 'meter') this.select({ kind: 'meter', id: p.id });
    else this.select({ kind: 'news', key: p.key });
  }

  shortcut(action: ShortcutAction, n?: number): boolean {
    const m = this.at.model;
    if (!m) return false;
    switch (action) {
      case 'pick':
        return this.pickByNumber(n ?? 0);
      case 'page-prev':
      case 'page-next':
        this.turnPage(action === 'page-prev' ? -1 : 1);
        return true;
      case 'end-turn':
        if (m.phase !== 'decide') return false;
        void this.send({ type: 'turn.end' });
        return true;
      case 'next': {
        const button = this.parts.actions.of[m.phase];
        if (!button || m.phase === 'decide') return false;
        button.click();
        return true;
      }
      case 'escape':
        if (this.at.mode.kind === 'phase') return false;
        this.select({ kind: 'phase' });
        this.parts.heading.focus();
        return true;
      default:
        return false;
    }
  }

  private refused(result: Exclude<IntentResult, { ok: true }>): void {
    this.refuse(this.deps.failureText(result));
  }

  private refuse(reason: string): void {
    this.deps.narrate(this.deps.locale.t('table.refused', { reason }));
    this.parts.details.card?.showRefusal(reason);
  }

  /** The overlay follows what is looked at: the page of the hand, the card selected. */
  private looked(): void {
    if (this.at.model) this.parts.overlay.update(this.at.model, this.hand(), this.selectedId());
  }

  private turnPage(by: number): void {
    if (!this.at.model) return;
    const v = this.hand();
    const to = Math.min(v.pages - 1, Math.max(0, v.page + by));
    if (to === v.page) return;
    this.at.page = to;
    this.looked();
    this.deps.onUi();
  }

  private togglePlayableOnly(model: TableModel): void {
    this.at.playableOnly = !this.at.playableOnly;
    this.at.open = openCards(model.hand);
    this.at.page = 0;
    this.looked();
    this.deps.onUi();
  }

  private pickByNumber(n: number): boolean {
    const b = this.parts.overlay.cardButton(n);
    const id = this.hand().cards[n - 1]?.id;
    if (!b || !id) return false;
    b.focus();
    this.pick({ kind: 'card', id, viaKeyboard: false });
    return true;
  }

  private pickCard(id: string, viaKeyboard: boolean): void {
    // A second Enter on the selected card plays it; a click only selects.
    if (this.at.mode.kind === 'card' && this.at.mode.id === id && viaKeyboard) {
      void this.play();
      return;
    }
    this.select({ kind: 'card', id });
    const c = this.at.model?.hand.find((x) => x.id === id);
    const { t } = this.deps.locale;
    if (c)
      this.deps.narrate(
        t('narrator.selected', {
          label: c.label,
          status: this.parts.details.card?.play.disabled ? '' : t('card.playable'),
        }),
      );
  }
}
