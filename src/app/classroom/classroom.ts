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
import { classLayer } from '../../ui/classroom/class-layer';
import type { Say } from '../../ui/classroom/say';
import { storageNotice } from '../../ui/classroom/storage-notice';
import { h } from '../../ui/dom';
import { PIN_PATTERN } from '../../view/class-config';
import type { Keyboard } from '../keyboard';
import { mountConsole } from './console-mount';
import { type HotSeat, readHotSeat } from './hot-seat';
import { runHotSeat } from './hot-seat-play';
import { storedPinLock } from './pin-lock-store';

export interface ClassroomOptions {
  host: HTMLElement;
  /** The class's game, as the shared table sees it. */
  session: LocalSession;
  say: Say;
  /** The interface's language (`ko`, `en`), for the dates. */
  lang: string;
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
  // The pass and turn screens cover the table: they carry a button of their own.
  const layerButton = facilitatorButton('layer-console-button', say);
  const layer = classLayer(layerButton);
  const notice = storageNotice(say);
  host.append(layer.element, notice.element);
  const timeLeft = () => options.timeLeft?.() ?? null;
  const consoleUi = mountConsole(host, options.keyboard, {
    session: session.as({ kind: 'facilitator' }),
    say,
    lang: options.lang,
    checkPin: (pin) => checkPin(options, pin),
    pinLock: storedPinLock(options.meta.id),
    timeLeft,
    onDebrief: () => options.onDebrief(),
  });
  const consoleButton = consoleUi.button;
  layerButton.addEventListener('click', () => consoleUi.request());

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
      consoleUi.stop();
      for (const el of [layer.element, notice.element]) el.remove();
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

/** True when the PIN is the session's; undefined when none is stored on this computer. */
function checkPin(options: ClassroomOptions, pin: string): boolean | undefined {
  const saved = options.store.pin(options.meta.id);
  if (saved !== undefined) return saved === pin;
  // A session imported from another computer has no PIN here: the first valid one typed becomes it.
  if (!PIN_PATTERN.test(pin)) return undefined;
  options.store.setPin(options.meta.id, pin);
  return true;
}
