/**
 * Classroom mode around a game in progress: hot-seat turns in the decide phase behind a
 * "pass the device" screen, the facilitator console (Ctrl+Shift+F and
 * the PIN), autosave after every event, and a notice when storage fails. The table itself is
 * drawn by the tabletop; this layer adds its overlays to `host` and sends events to the same game.
 */

import { type Autosave, startAutosave } from '../../session/autosave';
import type { SessionMeta, SessionStore, StorageProblem } from '../../session/session-store';
import '../../ui/classroom/classroom.css';
import type { Game, SendResult } from '../../engine/game';
import type { PlayerEvent } from '../../engine/game-events';
import { facilitatorConsole } from '../../ui/classroom/facilitator-console';
import { passDeviceScreen } from '../../ui/classroom/pass-device';
import type { Say } from '../../ui/classroom/say';
import { type TeamTurn, teamTurn } from '../../ui/classroom/team-turn';
import { h, replaceChildren } from '../../ui/dom';
import { PIN_PATTERN } from '../../view/class-config';
import { labelOf } from '../../view/refusal-words';
import { everyoneDone, type HotSeat, hotSeatFor, openPanel, passOn, readHotSeat } from './hot-seat';

export interface ClassroomOptions {
  host: HTMLElement;
  game: Game;
  say: Say;
  store: SessionStore;
  /** The session's fixed facts, written with every save. */
  meta: Omit<SessionMeta, 'round' | 'rounds' | 'ending' | 'updated'>;
  /** The classroom state saved with the session (who holds the device), on resume. */
  ui?: unknown;
  /** Seconds left on the tabletop's deliberation timer, or null when it is not running. */
  timeLeft?(): number | null;
  /** Where the tabletop wants events to go (so it hears about them); the game's own `send` by default. */
  send?(event: PlayerEvent): SendResult;
  onDebrief(): void;
}

export interface Classroom {
  /** Sends an event through classroom mode (so hot-seat and autosave follow). */
  send(event: PlayerEvent): SendResult;
  /** Seconds left to deliberate, or null outside the deliberation. */
  timeLeft(): number | null;
  openConsole(): void;
  stop(): void;
}

interface SavedUi {
  hotSeat?: HotSeat;
}

export function runClassroom(options: ClassroomOptions): Classroom {
  const { game, say, host } = options;
  const send = (event: PlayerEvent) => (options.send ? options.send(event) : game.send(event));
  const stored = (options.ui ?? {}) as SavedUi;
  let seat: HotSeat | undefined = readHotSeat(stored.hotSeat);

  // The hot-seat screens are a modal dialog: the table behind them is inert while a team has the
  // device, and their keys never reach the table's shortcuts (a stray E would end the turn).
  const layer = h('dialog', { class: 'classroom-layer', id: 'classroom-layer' });
  layer.addEventListener('cancel', (event) => event.preventDefault());
  const stopKeys = (event: KeyboardEvent) => {
    if (!event.ctrlKey && !event.metaKey && !event.altKey) event.stopPropagation();
  };
  layer.addEventListener('keydown', stopKeys);
  const showLayer = (content: HTMLElement | null) => {
    if (content === null) {
      layer.replaceChildren();
      if (layer.open) layer.close();
      return;
    }
    replaceChildren(layer, content);
    const heading = content.querySelector('h1');
    if (heading?.id) layer.setAttribute('aria-labelledby', heading.id);
    if (!layer.open) layer.showModal();
  };
  const notice = h('div', { class: 'storage-notice', id: 'storage-notice', attrs: { role: 'status' } });
  notice.hidden = true;
  const consoleButton = h(
    'button',
    {
      class: 'btn btn-small console-button',
      id: 'console-button',
      attrs: { type: 'button', 'aria-keyshortcuts': 'Control+Shift+F' },
    },
    say('classroom.console.open'),
  );
  host.append(layer, notice, consoleButton);

  let autosave: Autosave | undefined;
  const uiState = (): SavedUi => (seat ? { hotSeat: seat } : {});
  const timeLeft = () => options.timeLeft?.() ?? null;

  const report = (problem: StorageProblem | null) => {
    if (problem === null) {
      notice.hidden = true;
      return;
    }
    const dismiss = h(
      'button',
      { class: 'btn btn-small', attrs: { type: 'button' } },
      say('classroom.storage.dismiss'),
    );
    dismiss.addEventListener('click', () => {
      notice.hidden = true;
    });
    const text =
      problem.reason === 'failed'
        ? say('classroom.storage.failed', { error: problem.error })
        : say(`classroom.storage.${problem.reason}`);
    replaceChildren(notice, h('span', {}, '⚠ ', text), dismiss);
    notice.hidden = false;
  };

  const consoleUi = facilitatorConsole({
    game: () => game,
    say,
    send,
    checkPin: (pin) => {
      const saved = options.store.pin(options.meta.id);
      if (saved !== undefined) return saved === pin;
      // A session imported from another computer has no PIN here: the first valid one typed becomes it.
      if (!PIN_PATTERN.test(pin)) return undefined;
      options.store.setPin(options.meta.id, pin);
      return true;
    },
    timeLeft,
    onDebrief: () => options.onDebrief(),
  });
  host.append(...consoleUi.elements);
  for (const el of consoleUi.elements) el.addEventListener('keydown', stopKeys);
  consoleButton.addEventListener('click', () => consoleUi.request());
  const onKey = (event: KeyboardEvent) => {
    if (event.ctrlKey && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'f') {
      event.preventDefault();
      consoleUi.request();
    }
  };
  document.addEventListener('keydown', onKey);

  /** Draws the hot-seat overlay for the phase the game is in. */
  let currentTurn: TeamTurn | undefined;
  const renderSeat = () => {
    const ctx = game.context;
    // The teams come from the game, read each time: classroom mode may start before `game.start`.
    const teams = ctx.teams;
    currentTurn = undefined;
    if (game.phase !== 'decide' || teams.length === 0 || ctx.paused) {
      showLayer(null);
      return;
    }
    seat = hotSeatFor(ctx.round, seat);
    if (everyoneDone(seat, teams.length)) {
      showLayer(null);
      return;
    }
    const team = teams[seat.turn];
    if (!team) return;
    const scenario = game.rules.index.scenario;
    const seatLabel = labelOf(scenario.seats, team.seat);
    const role =
      team.role === undefined
        ? undefined
        : scenario.seats.find((s) => s.id === team.seat)?.roles.find((r) => r.id === team.role);
    const who = role === undefined ? seatLabel : `${role.label} (${seatLabel})`;
    if (!seat.open) {
      const pass = passDeviceScreen({
        team: team.name,
        who,
        round: ctx.round,
        rounds: ctx.rounds,
        say,
        onReady: () => {
          seat = openPanel(seat as HotSeat);
          autosave?.setUi(uiState());
          renderSeat();
        },
      });
      showLayer(pass);
      pass.querySelector<HTMLElement>('#pass-ready')?.focus();
      return;
    }
    const last = seat.turn === teams.length - 1;
    const turn = teamTurn({
      game,
      team,
      last,
      say,
      play: (event) => send(event),
      onDone: () => {
        seat = passOn(seat as HotSeat);
        autosave?.setUi(uiState());
        if (everyoneDone(seat, game.context.teams.length)) send({ type: 'turn.end' });
        renderSeat();
      },
    });
    currentTurn = turn;
    showLayer(turn.element);
    turn.element.querySelector<HTMLElement>('#team-turn-title')?.focus();
  };

  const phaseKey = () => `${game.phase}|${game.context.round}|${game.context.paused}`;
  let lastKey = '';
  const cardsOfRound = () => game.context.log.filter((e) => e.kind === 'card' && e.round === game.context.round);
  let cardsBefore = cardsOfRound();
  const unsubscribe = game.subscribe(() => {
    const cardsNow = cardsOfRound();
    if (game.events.at(-1)?.type === 'facilitator.undo') {
      // The device goes back to the team whose decision was taken back, so it can decide again.
      const undone = cardsBefore[cardsNow.length];
      const turn = game.context.teams.findIndex((t) => undone?.kind === 'card' && t.id === undone.team);
      if (turn >= 0 && seat !== undefined && !(seat.turn === turn && seat.open))
        seat = { round: game.context.round, turn, open: false };
      lastKey = '';
      autosave?.setUi(uiState());
    }
    cardsBefore = cardsNow;
    const key = phaseKey();
    // A card played or undone while a team holds the device redraws its panel in place (focus stays);
    // a new phase, round or pause redraws the overlay.
    if (key === lastKey && currentTurn) currentTurn.refresh();
    else {
      lastKey = key;
      renderSeat();
    }
    consoleUi.refresh();
    consoleButton.hidden = game.phase === 'ended';
  });

  autosave = startAutosave(game, { store: options.store, meta: options.meta, ui: uiState(), report });
  // A session is written once at the start, so it is in the list even before the first event.
  const first = autosave.flush();
  if (!first.ok) report(first);
  else if (options.store.problem) report(options.store.problem);
  lastKey = phaseKey();
  consoleButton.hidden = game.phase === 'ended';
  renderSeat();
  return {
    send,
    timeLeft,
    openConsole: () => consoleUi.request(),
    stop() {
      unsubscribe();
      autosave?.stop();
      document.removeEventListener('keydown', onKey);
      for (const el of [layer, notice, consoleButton, ...consoleUi.elements]) el.remove();
    },
  };
}
