/**
 * The DOM half of the table: the bar with round, phase, timer and capital; transparent
 * controls over everything the canvas draws; the words column; the phase's actions. Every
 * input becomes an event sent through `deps.send`; what is shown comes from the model.
 */

import type { Scenario } from '../engine/scenario-schema';
import type { TimelineLine } from '../engine/timeline';
import type { Intent, IntentResult, Phase } from '../session/session';
import { type HandView, handView, openCards } from '../view/hand-view';
import { ACTIONS_AREA, DETAILS_AREA, percentStyle, TOP_BAR } from '../view/layout';
import type { Locale } from '../view/locale';
import type { TableModel } from '../view/table-model';
import { h, setText } from './dom';
import type { Screen } from './screen';
import type { ShortcutAction } from './shortcuts';
import { type CardDetails, cardDetails, meterPanel, newsItem, phasePanel, rungPanel } from './table-details';
import { createOverlay, type Pick } from './table-overlay';

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
  onHelp(): void;
  onSettings(): void;
}

export interface TableScreen extends Screen {
  update(model: TableModel, roundLines: readonly TimelineLine[]): void;
  /** Seconds left to deliberate, or null to hide the timer. */
  setTimer(seconds: number | null, paused: boolean): void;
  /** Runs a keyboard shortcut; false when it means nothing here. */
  shortcut(action: ShortcutAction, n?: number): boolean;
  readonly selected: string | null;
  /** The page of the hand on show and the card selected, for the drawn table. */
  ui(): { hand: HandView; selected: string | null };
}

type Mode =
  | { kind: 'phase' }
  | { kind: 'card'; id: string }
  | { kind: 'rung'; ladder: string; rung: string }
  | { kind: 'meter'; id: string }
  | { kind: 'news'; key: string };

const FLOW: Phase[] = ['brief', 'deliberate', 'decide', 'resolve'];

export function tableScreen(deps: TableScreenDeps): TableScreen {
  const { t } = deps.locale;
  let model: TableModel | null = null;
  let lines: readonly TimelineLine[] = [];
  let mode: Mode = { kind: 'phase' };
  let drawnKey = '';
  let card: CardDetails | null = null;
  let page = 0;
  let playableOnly = false;
  // The open cards when the decision began (or the filter was chosen), held still until it ends.
  let open: Set<string> | null = null;
  const view = (): HandView =>
    handView(model?.hand ?? [], { page, only: playableOnly && model?.phase === 'decide' ? open : null });

  // The bar along the top.
  const scenarioTitle = h('span', { class: 'scenario-title' }, deps.scenario.title);
  const roundText = h('span', { class: 'round', id: 'round-text' });
  const phaseItems = FLOW.map((p) => h('li', { attrs: { 'data-phase': p } }, t(`phases.${p}`)));
  const timer = h('span', {
    class: 'timer',
    id: 'timer',
    attrs: { role: 'timer', hidden: true, 'aria-label': t('table.timer') },
  });
  const capital = h('span', { class: 'capital', id: 'capital' });
  const topButton = (id: string, label: string, key: string, action: () => void) => {
    const b = h(
      'button',
      { class: 'btn', id, attrs: { type: 'button', 'aria-keyshortcuts': key } },
      label,
      h('kbd', { class: 'key', attrs: { 'aria-hidden': 'true' } }, key),
    );
    b.addEventListener('click', action);
    return b;
  };
  const topBar = h(
    'header',
    { class: 'top-bar', id: 'top-bar' },
    h('div', { class: 'round-box' }, scenarioTitle, roundText),
    h('ol', { class: 'phase-track', attrs: { 'aria-label': t('table.phase-track') } }, ...phaseItems),
    h('span', { class: 'spacer' }),
    timer,
    capital,
    topButton('open-history', t('table.history'), 'H', deps.onHistory),
    topButton('open-help', t('table.help'), '?', deps.onHelp),
    (() => {
      const b = h('button', { class: 'btn', id: 'open-settings', attrs: { type: 'button' } }, t('table.settings'));
      b.addEventListener('click', deps.onSettings);
      return b;
    })(),
  );
  Object.assign(topBar.style, percentStyle(TOP_BAR));

  const overlay = createOverlay(deps.locale, (pick) => onPick(pick));

  const details = h('aside', {
    class: 'details',
    id: 'details',
    attrs: { 'aria-labelledby': 'details-heading' },
  });
  Object.assign(details.style, percentStyle(DETAILS_AREA));

  const actionButton = (id: string, label: HTMLElement | string, key: string, action: () => void) => {
    const b = h(
      'button',
      { class: 'btn btn-primary', id, attrs: { type: 'button', 'aria-keyshortcuts': key, hidden: true } },
      label,
      h('kbd', { class: 'key', attrs: { 'aria-hidden': 'true' } }, key),
    );
    b.addEventListener('click', action);
    return b;
  };
  const continueButton = actionButton('action-continue', t('table.continue'), 'N', () => send({ type: 'brief.done' }));
  const readyButton = actionButton('action-ready', t('table.ready'), 'N', () => send({ type: 'deliberation.done' }));
  const endTurnButton = actionButton('action-end-turn', t('table.end-turn'), 'E', () => send({ type: 'turn.end' }));
  const nextLabel = h('span', {}, t('table.next-round'));
  const nextButton = actionButton('action-next', nextLabel, 'N', () => send({ type: 'round.next' }));
  const actionFor: Partial<Record<Phase, HTMLButtonElement>> = {
    brief: continueButton,
    deliberate: readyButton,
    decide: endTurnButton,
    resolve: nextButton,
  };
  const actions = h(
    'div',
    { class: 'actions', id: 'actions', attrs: { role: 'group', 'aria-label': t('table.actions') } },
    continueButton,
    readyButton,
    endTurnButton,
    nextButton,
  );
  Object.assign(actions.style, percentStyle(ACTIONS_AREA));

  // Tab order: the bar, the news, the hand, the words, the actions, then the ladders and meters.
  const element = h(
    'section',
    { class: 'table-root', id: 'table-screen', attrs: { 'aria-label': t('table.screen') } },
    h('h1', { class: 'sr-only', id: 'table-heading', attrs: { tabindex: -1 } }, deps.scenario.title),
    topBar,
    overlay.news,
    overlay.hand,
    details,
    actions,
    overlay.ladders,
    overlay.meters,
  );
  const heading = element.querySelector('#table-heading') as HTMLElement;

  async function send(intent: Intent): Promise<IntentResult> {
    const result = await deps.send(intent);
    if (!result.ok) refused(result);
    return result;
  }

  function refused(result: Exclude<IntentResult, { ok: true }>): void {
    const text = deps.failureText(result);
    deps.narrate(t('table.refused', { reason: text }));
    card?.showRefusal(text);
  }

  /**
   * Plays the selected card. The selection is let go before the intent is sent, so the new view
   * the play brings is built and drawn once, already without it; a refusal selects the card again.
   */
  async function playSelected(): Promise<void> {
    if (mode.kind !== 'card' || !card || model?.phase !== 'decide') return;
    const id = mode.id;
    const held = card;
    const rationale = held.rationale.value.trim();
    mode = { kind: 'phase' };
    drawnKey = '';
    const result = await deps.send({
      type: 'card.play',
      seat: deps.seat,
      card: id,
      ...(rationale === '' ? {} : { rationale }),
    });
    if (result.ok) {
      overlay.hand.querySelector<HTMLElement>(`#card-${id}`)?.focus();
      return;
    }
    // Nothing changed: the card comes back with its rationale and the reason.
    mode = { kind: 'card', id };
    card = held;
    details.replaceChildren(held.element);
    select(mode);
    refused(result);
  }

  function select(next: Mode): void {
    mode = next;
    drawnKey = '';
    if (model) {
      overlay.update(model, view(), selectedId());
      render(model);
    }
    deps.onUi();
  }

  function selectedId(): string | null {
    return mode.kind === 'card' ? mode.id : null;
  }

  function turnPage(by: number): void {
    if (!model) return;
    const v = view();
    const to = Math.min(v.pages - 1, Math.max(0, v.page + by));
    if (to === v.page) return;
    page = to;
    overlay.update(model, view(), selectedId());
    deps.onUi();
  }

  function onPick(pick: Pick): void {
    if (!model) return;
    if (pick.kind === 'page') {
      turnPage(pick.by);
      return;
    }
    if (pick.kind === 'playable-only') {
      playableOnly = !playableOnly;
      open = openCards(model.hand);
      page = 0;
      overlay.update(model, view(), selectedId());
      deps.onUi();
      return;
    }
    if (pick.kind === 'card') {
      // A second Enter on the selected card plays it; a click only selects.
      if (mode.kind === 'card' && mode.id === pick.id && pick.viaKeyboard) {
        void playSelected();
        return;
      }
      select({ kind: 'card', id: pick.id });
      const c = model.hand.find((x) => x.id === pick.id);
      if (c)
        deps.narrate(t('narrator.selected', { label: c.label, status: card?.play.disabled ? '' : t('card.playable') }));
      return;
    }
    if (pick.kind === 'rung') select({ kind: 'rung', ladder: pick.ladder, rung: pick.rung });
    else if (pick.kind === 'meter') select({ kind: 'meter', id: pick.id });
    else select({ kind: 'news', key: pick.key });
  }

  function render(m: TableModel): void {
    // Rebuild the words only when what they show changed; a card keeps its rationale.
    const key = `${mode.kind}:${JSON.stringify(mode)}:${m.phase}:${m.logLength}`;
    if (mode.kind === 'card') {
      const c = m.hand.find((x) => x.id === (mode as { id: string }).id);
      if (!c) {
        select({ kind: 'phase' });
        return;
      }
      if (!card || card.cardId !== c.id) {
        card = cardDetails(deps.locale, c, deps.requireRationale, () => void playSelected());
        details.replaceChildren(card.element);
      }
      card.update(c, m.phase === 'decide', m.capital.label);
      drawnKey = key;
      return;
    }
    card = null;
    if (key === drawnKey) return;
    drawnKey = key;
    if (mode.kind === 'rung') {
      const { ladder: ladderId, rung } = mode;
      const ladder = m.ladders.find((l) => l.id === ladderId);
      details.replaceChildren(...(ladder ? rungPanel(deps.locale, ladder, rung) : []));
    } else if (mode.kind === 'meter') {
      const id = mode.id;
      const meter = m.meters.find((x) => x.id === id);
      details.replaceChildren(...(meter ? meterPanel(deps.locale, meter) : []));
    } else if (mode.kind === 'news') {
      const newsKey = mode.key;
      const item = m.news.find((n) => n.key === newsKey);
      if (!item) {
        select({ kind: 'phase' });
        return;
      }
      details.replaceChildren(newsItem(deps.locale, item, true));
    } else details.replaceChildren(...phasePanel(deps.locale, deps.scenario, m, lines));
  }

  function moveFocus(phase: Phase): void {
    // Focus stays where a person put it, unless its control has just gone away with the phase.
    const active = document.activeElement;
    const lost =
      !active || active === document.body || (element.contains(active) && active.closest('[hidden]') !== null);
    if (!lost) return;
    if (phase === 'decide') {
      const first = overlay.hand.querySelector<HTMLElement>('[data-status="playable"]');
      (first ?? endTurnButton).focus();
      return;
    }
    actionFor[phase]?.focus();
  }

  return {
    name: 'table',
    title: t('table.screen'),
    element,
    focusTarget: heading,
    get selected() {
      return selectedId();
    },
    ui() {
      return { hand: view(), selected: selectedId() };
    },
    update(m, roundLines) {
      const phaseChanged = model?.phase !== m.phase || model?.round !== m.round;
      model = m;
      lines = roundLines;
      if (phaseChanged) {
        mode = { kind: 'phase' };
        page = 0;
        open = openCards(m.hand);
      }
      setText(
        roundText,
        m.roundLabel
          ? t('table.round-label', { round: m.round, rounds: m.rounds, label: m.roundLabel })
          : t('table.round', { round: m.round, rounds: m.rounds }),
      );
      const at = FLOW.indexOf(m.phase);
      phaseItems.forEach((li, i) => {
        if (i === at) li.setAttribute('aria-current', 'step');
        else li.removeAttribute('aria-current');
        li.classList.toggle('done', at >= 0 && i < at);
      });
      setText(capital, t('table.capital', { label: m.capital.label, value: m.capital.value, max: m.capital.max }));
      capital.title = `${m.capital.description} ${t('table.capital-income', { perRound: m.capital.perRound })}`;
      setText(nextLabel, m.round >= m.rounds ? t('table.see-ending') : t('table.next-round'));
      for (const [phase, button] of Object.entries(actionFor)) button.hidden = phase !== m.phase;
      overlay.update(m, view(), selectedId());
      render(m);
      if (phaseChanged) moveFocus(m.phase);
    },
    setTimer(seconds, paused) {
      timer.hidden = seconds === null;
      if (seconds === null) return;
      const s = Math.max(0, Math.ceil(seconds));
      const text = `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}${paused ? ` (${t('table.timer-paused')})` : ''}`;
      setText(timer, text);
      timer.classList.toggle('low', s <= 15);
    },
    shortcut(action, n) {
      if (!model) return false;
      switch (action) {
        case 'pick': {
          const b = overlay.cardButton(n ?? 0);
          const id = view().cards[(n ?? 0) - 1]?.id;
          if (!b || !id) return false;
          b.focus();
          onPick({ kind: 'card', id, viaKeyboard: false });
          return true;
        }
        case 'page-prev':
        case 'page-next':
          turnPage(action === 'page-prev' ? -1 : 1);
          return true;
        case 'end-turn':
          if (model.phase !== 'decide') return false;
          void send({ type: 'turn.end' });
          return true;
        case 'next': {
          const button = actionFor[model.phase];
          if (!button || model.phase === 'decide') return false;
          button.click();
          return true;
        }
        case 'escape':
          if (mode.kind === 'phase') return false;
          select({ kind: 'phase' });
          heading.focus();
          return true;
        default:
          return false;
      }
    },
  };
}
