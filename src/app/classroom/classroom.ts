/**
 * Classroom mode around a game in progress: hot-seat turns in the decide phase behind a
 * "pass the device" screen (hot-seat-play.ts), the facilitator console (Ctrl+Shift+F and the
 * PIN), autosave after every event, and a notice when storage fails. The table itself is drawn
 * by the tabletop; this adds its layers over it, and everything goes through the game's session.
 */
import '../../ui/classroom/classroom.css';
import { type Autosave, startAutosave } from '../../session/autosave';
import type { LocalSession } from '../../session/local-session';
import type { SessionMeta, SessionStore } from '../../session/session-store';
import { classLayer, keepKeys } from '../../ui/classroom/class-layer';
import { facilitatorConsole } from '../../ui/classroom/facilitator-console';
import type { PinLock } from '../../ui/classroom/pin-prompt';
import type { Say } from '../../ui/classroom/say';
import { storageNotice } from '../../ui/classroom/storage-notice';
import { h } from '../../ui/dom';
import { PIN_PATTERN } from '../../view/class-config';
import { afterRight, afterWrong, lockedFor, PIN_TRIES, type PinLockState, readPinLock } from '../../view/pin-lock';
import type { Keyboard } from '../keyboard';
import { type HotSeat, readHotSeat } from './hot-seat';
import { runHotSeat } from './hot-seat-play';

export interface ClassroomOptions {
  host: HTMLElement;
  /** The class's game, as the shared table sees it. */
  session: LocalSession;
  say: Say;
  store: SessionStore;
  keyboard: Keyboard;
  /** The session's fixed facts, written with every save. */
  meta: Omit<SessionMeta, 'round' | 'rounds' | 'ending' | 'updated'>;
  /** The classroom state saved with the session (who holds the device), on resume. */
  ui?: unknown;
  /** Seconds left on the tabletop's deliberation timer, or null when it is not running. */
  timeLeft?(): number | null;
  onDebrief(): void;
}

export interface Classroom {
  stop(): void;
}

interface SavedUi {
  hotSeat?: HotSeat;
}

export function runClassroom(options: ClassroomOptions): Classroom {
  const { session, say, host } = options;
  const consoleButton = facilitatorButton('console-button', say);
  // The pass and turn screens cover the table: they carry a button of their own.
  const layerButton = facilitatorButton('layer-console-button', say);
  const layer = classLayer(layerButton);
  const notice = storageNotice(say);
  host.append(layer.element, notice.element, consoleButton);
  const timeLeft = () => options.timeLeft?.() ?? null;
  const consoleUi = facilitatorConsole({
    session: session.as({ kind: 'facilitator' }),
    say,
    checkPin: (pin) => checkPin(options, pin),
    pinLock: pinLock(options.meta.id),
    timeLeft,
    onDebrief: () => options.onDebrief(),
  });
  host.append(...consoleUi.elements);
  for (const el of consoleUi.elements) el.addEventListener('keydown', keepKeys);
  for (const button of [consoleButton, layerButton]) button.addEventListener('click', () => consoleUi.request());
  const stopKey = options.keyboard.on((event) => {
    if (!event.ctrlKey || !event.shiftKey || event.altKey || event.key.toLowerCase() !== 'f') return false;
    consoleUi.request();
    return true;
  });

  let autosave: Autosave | undefined;
  const stored = readHotSeat((options.ui as SavedUi | undefined)?.hotSeat);
  const hotSeat = runHotSeat({
    session,
    say,
    layer,
    ...(stored ? { stored } : {}),
    remember: (seat) => autosave?.setUi({ hotSeat: seat }),
  });
  const showEnded = () => {
    consoleButton.hidden = session.view().phase === 'ended';
    layerButton.hidden = consoleButton.hidden;
  };
  const unsubscribe = session.subscribe(() => {
    consoleUi.refresh();
    showEnded();
  });

  autosave = startAutosave(session.game, {
    store: options.store,
    meta: options.meta,
    ui: { hotSeat: hotSeat.position() },
    report: notice.report,
  });
  // A session is written once at the start, so it is in the list even before the first event.
  const first = autosave.flush();
  if (!first.ok) notice.report(first);
  else if (options.store.problem) notice.report(options.store.problem);
  showEnded();
  return {
    stop() {
      unsubscribe();
      hotSeat.stop();
      autosave?.stop();
      stopKey();
      for (const el of [layer.element, notice.element, consoleButton, ...consoleUi.elements]) el.remove();
    },
  };
}

/** A button that opens the console (after the PIN), as Ctrl+Shift+F does. */
function facilitatorButton(id: string, say: Say): HTMLButtonElement {
  return h(
    'button',
    { class: 'btn btn-small console-button', id, attrs: { type: 'button', 'aria-keyshortcuts': 'Control+Shift+F' } },
    say('classroom.console.open'),
  );
}

/** The lockout of this session's PIN, kept in the browser's storage so a reload does not reset it. */
function pinLock(id: string): PinLock {
  const key = `red-lines.pin-lock.${id}`;
  // Without storage (private browsing) the lock still holds for this page's life.
  let memory = afterRight();
  const read = () => {
    const stored = safely(() => localStorage.getItem(key));
    return stored === undefined ? memory : readPinLock(stored);
  };
  const write = (state: PinLockState) => {
    memory = state;
    safely(() => localStorage.setItem(key, JSON.stringify(state)));
  };
  return {
    left: () => lockedFor(read(), Date.now()),
    wrong: () => write(afterWrong(read(), Date.now())),
    right: () => write(afterRight()),
    triesLeft: () => PIN_TRIES - (read().wrong % PIN_TRIES),
  };
}

/** Runs a storage call that private modes and full disks may refuse. */
function safely<T>(call: () => T): T | undefined {
  try {
    return call();
  } catch {
    return undefined;
  }
}

/** True when the PIN is the session's; undefined when none is stored on this computer. */
function checkPin(options: ClassroomOptions, pin: string): boolean | undefined {
  const saved = options.store.pin(options.meta.id);
  if (saved !== undefined) return saved === pin;
  // A session imported from another computer has no PIN here: the first valid one typed becomes it.
  if (!PIN_PATTERN.test(pin)) return undefined;
  options.store.setPin(options.meta.id, pin);
  return true;
}
