/**
 * A team's own device: the class's line (connection, round, timer, teams), what the phase asks
 * of the team, its private brief, its cards with the rationale box and what it played (the
 * hot-seat panel, on the team's own session), and the shared table in words. Laid out in one
 * column from a 360-px phone up, in two from a laptop's width.
 */
import type { TeamSpec } from '../../engine/game-events';
import type { GameView, IntentResult, Session } from '../../session/session';
import type { Locale } from '../../view/locale';
import { under } from '../../view/locale';
import type { TableModel } from '../../view/table-model';
import { type TeamTurn, teamTurn } from '../classroom/team-turn';
import { h, setText } from '../dom';
import type { Screen } from '../screen';
import type { ShortcutAction } from '../shortcuts';
import { type ClassStrip, classStrip, type StripState } from './class-strip';
import { type SharedTable, sharedTable } from './shared-table';

export interface TeamDeviceOptions {
  locale: Locale;
  /** The game as this team sees it: its own brief and hand. */
  session: Session;
  team: TeamSpec;
  /** Says the team is done with the decision, or takes it back. */
  markDone(done: boolean): Promise<IntentResult>;
}

export interface TeamDeviceScreen extends Screen {
  /** Draws the screen again from the game, the class's line and whether the team is done. */
  update(model: TableModel, strip: StripState, done: boolean): void;
  /**
   * The table's keys on the team's own device: 1–9 choose the team's open card of that number,
   * E says the team is done with the decision, Esc lets the chosen card go. False when the key
   * means nothing now.
   */
  shortcut(action: ShortcutAction, n?: number): boolean;
}

export function teamDeviceScreen(options: TeamDeviceOptions): TeamDeviceScreen {
  const { locale, team } = options;
  const t = under(locale.t, 'network.team');
  const strip: ClassStrip = classStrip(locale.t);
  const table: SharedTable = sharedTable(locale);
  const hint = h('p', { class: 'net-phase-hint', id: 'net-phase-hint', attrs: { 'aria-live': 'polite' } });
  const notDone = h('button', { class: 'btn', id: 'net-not-done', attrs: { type: 'button' } }, t('not-done'));
  const waiting = h('div', { class: 'net-waiting', id: 'net-waiting' }, h('p', {}, t('waiting')), notDone);
  let view: GameView = options.session.view();
  let done = false;
  notDone.addEventListener('click', () => void options.markDone(false));
  const turn: TeamTurn = teamTurn({
    session: options.session,
    team,
    last: false,
    say: locale.t,
    onDone: () => void options.markDone(true),
    doneLabel: t('done'),
    canFinish: () => view.phase === 'decide' && !view.paused && !done,
  });
  const heading = h('h1', { id: 'net-team-title', attrs: { tabindex: -1 } }, t('title', { team: team.name }));
  const element = h(
    'section',
    { class: 'screen net-team', id: 'net-team', attrs: { 'aria-labelledby': 'net-team-title', 'data-team': team.id } },
    strip.element,
    h(
      'div',
      { class: 'net-team-columns' },
      h('div', { class: 'net-team-main' }, heading, hint, waiting, turn.element),
      table.element,
    ),
  );
  return {
    name: 'net-team',
    title: t('screen', { team: team.name }),
    element,
    focusTarget: heading,
    update(model, state, isDone) {
      const next = options.session.view();
      const changed = next !== view || done !== isDone;
      view = next;
      done = isDone;
      strip.update(state);
      setText(hint, view.paused ? t('paused') : t(view.phase === 'setup' ? 'phase-brief' : `phase-${view.phase}`));
      waiting.hidden = !(done && view.phase === 'decide');
      if (!changed) return;
      keepTyping(element, () => turn.refresh());
      table.update(model);
    },
    shortcut: (action, n) => pressFor(turn.element, action, n),
  };
}

/** Presses the team panel's own button for a shortcut, if it is there and can be pressed now. */
function pressFor(panel: HTMLElement, action: ShortcutAction, n = 0): boolean {
  const button =
    action === 'pick'
      ? panel.querySelectorAll('.team-card:not(.is-closed)')[n - 1]?.querySelector('button')
      : action === 'end-turn'
        ? panel.querySelector<HTMLButtonElement>('#team-done')
        : action === 'escape'
          ? panel.querySelector<HTMLButtonElement>('.team-card-actions .btn-small')
          : null;
  if (!button || button.hidden || button.disabled) return false;
  button.click();
  return true;
}

/** Redraws the team's panel without losing a rationale being typed, or the focus in it. */
function keepTyping(root: HTMLElement, redraw: () => void): void {
  const before = root.querySelector<HTMLTextAreaElement>('#rationale-input');
  const text = before?.value ?? '';
  const focused = before !== null && document.activeElement === before;
  redraw();
  const after = root.querySelector<HTMLTextAreaElement>('#rationale-input');
  if (!after || text === '') return;
  after.value = text;
  if (focused) after.focus();
}
