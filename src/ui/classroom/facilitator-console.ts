/**
 * The facilitator console: opened with Ctrl+Shift+F (or its small button) and the PIN chosen
 * at set-up, so students at the shared screen cannot use it. Pause and resume, extend or skip
 * the timer, inject an event from the deck or write one, undo the last decision, end the game
 * and go to the debrief. Every action is an event sent to the game, so it is in the log and
 * the save, and a replay stays exact. Both dialogs are native <dialog>s: focus stays inside
 * while open and Escape closes them.
 */

import type { Intent, Session } from '../../session/session';
import { type KeysUnder, under } from '../../view/locale';
import { refusalWords } from '../../view/refusal-words';
import { h, replaceChildren, setText } from '../dom';
import { injectForm } from './inject-form';
import { clock, type Say } from './say';

export interface ConsoleOptions {
  /** The game as the facilitator sees it; every action is an intent sent through it. */
  session: Session;
  say: Say;
  /** True when the PIN is the session's; undefined when none is stored on this computer. */
  checkPin(pin: string): boolean | undefined;
  /** Seconds left on the deliberation timer, or null when it is not running. */
  timeLeft(): number | null;
  onDebrief(): void;
}

export interface FacilitatorConsole {
  /** Asks for the PIN, then opens the console. */
  request(): void;
  /** Redraws the console's status and buttons after the game changed. */
  refresh(): void;
  readonly isOpen: boolean;
  elements: HTMLElement[];
}

export function facilitatorConsole(options: ConsoleOptions): FacilitatorConsole {
  const { say } = options;
  const c = under(say, 'classroom.console');
  let returnFocus: HTMLElement | null = null;

  // The PIN prompt.
  const pinInput = h('input', {
    id: 'console-pin',
    attrs: {
      type: 'password',
      inputmode: 'numeric',
      autocomplete: 'off',
      maxlength: 8,
      'aria-describedby': 'console-pin-error',
    },
  });
  const pinError = h('p', { class: 'field-error', id: 'console-pin-error', attrs: { role: 'alert' } });
  pinError.hidden = true;
  const pinForm = h(
    'form',
    { attrs: { method: 'dialog' } },
    h('h2', { id: 'console-pin-title' }, c('pin-title')),
    h(
      'div',
      { class: 'class-field' },
      h('label', { attrs: { for: 'console-pin' } }, c('pin-label')),
      pinInput,
      pinError,
    ),
    h(
      'div',
      { class: 'screen-actions' },
      h(
        'button',
        { class: 'btn', attrs: { type: 'button', value: 'cancel' }, on: { click: () => pinDialog.close() } },
        c('close'),
      ),
      h('button', { class: 'btn btn-primary', attrs: { type: 'submit' } }, c('pin-submit')),
    ),
  );
  const pinDialog = h(
    'dialog',
    { class: 'class-dialog pin-dialog', id: 'console-pin-dialog', attrs: { 'aria-labelledby': 'console-pin-title' } },
    pinForm,
  );
  pinForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const verdict = options.checkPin(pinInput.value);
    pinInput.value = '';
    if (verdict !== true) {
      pinError.hidden = false;
      pinError.textContent = verdict === undefined ? c('pin-none') : c('pin-wrong');
      pinInput.focus();
      return;
    }
    pinDialog.close();
    openConsole();
  });
  pinDialog.addEventListener('close', () => {
    if (!dialog.open) returnFocus?.focus();
  });

  // The console.
  const feedback = h('p', { class: 'console-feedback', attrs: { role: 'status' } });
  const statusLine = h('p', { class: 'console-status' });
  const timerLine = h('p', { class: 'console-timer' });
  const pauseButton = h('button', { class: 'btn', id: 'console-pause', attrs: { type: 'button' } });
  const extend30 = h(
    'button',
    { class: 'btn', id: 'console-extend-30', attrs: { type: 'button' } },
    c('extend', { seconds: 30 }),
  );
  const extend60 = h(
    'button',
    { class: 'btn', id: 'console-extend-60', attrs: { type: 'button' } },
    c('extend', { seconds: 60 }),
  );
  const skip = h('button', { class: 'btn', id: 'console-skip', attrs: { type: 'button' } }, c('skip'));
  const deckSelect = h('select', { id: 'console-deck' });
  const deckSend = h('button', { class: 'btn', id: 'console-inject', attrs: { type: 'button' } }, c('inject-send'));
  const deckNone = h('p', { class: 'field-hint' }, c('inject-none'));
  // What the chosen event says, so the facilitator knows what the class will read.
  const deckPreview = h('p', {
    class: 'console-preview',
    id: 'console-deck-preview',
    attrs: { 'aria-live': 'polite' },
  });
  const preview = () => {
    const e = options.session.scenario.events.find((x) => x.id === deckSelect.value);
    setText(
      deckPreview,
      e ? c('inject-preview', { kind: c(`kinds.${e.kind}`), date: e.date ? `, ${e.date}` : '', text: e.text }) : '',
    );
  };
  deckSelect.addEventListener('change', preview);
  const form = injectForm(options.session.scenario, say);
  const formProblems = h('div', { class: 'problems', attrs: { role: 'alert' } });
  formProblems.hidden = true;
  const writeSend = h('button', { class: 'btn', id: 'console-write', attrs: { type: 'button' } }, c('write-send'));
  const undo = h('button', { class: 'btn', id: 'console-undo', attrs: { type: 'button' } }, c('undo'));
  const end = h('button', { class: 'btn btn-danger', id: 'console-end', attrs: { type: 'button' } }, c('end'));
  const endConfirm = h(
    'button',
    { class: 'btn btn-danger', id: 'console-end-confirm', attrs: { type: 'button' } },
    c('end'),
  );
  const endNote = h('p', { class: 'field-hint', id: 'console-end-note' }, c('end-confirm'));
  const endBox = h('div', { class: 'console-confirm' }, endNote, endConfirm);
  endBox.hidden = true;
  const closeButton = h('button', { class: 'btn', id: 'console-close', attrs: { type: 'button' } }, c('close'));

  const dialog = h(
    'dialog',
    { class: 'class-dialog console', id: 'facilitator-console', attrs: { 'aria-labelledby': 'console-title' } },
    h('div', { class: 'console-head' }, h('h2', { id: 'console-title' }, c('title')), closeButton),
    statusLine,
    timerLine,
    feedback,
    h(
      'div',
      { class: 'console-grid' },
      h(
        'section',
        { class: 'console-group console-time', attrs: { 'aria-label': c('pause') } },
        pauseButton,
        extend30,
        extend60,
        skip,
      ),
      h(
        'section',
        { class: 'console-group console-deck', attrs: { 'aria-labelledby': 'console-deck-title' } },
        h('h3', { id: 'console-deck-title' }, c('inject-deck')),
        h(
          'div',
          { class: 'class-field' },
          h('label', { attrs: { for: 'console-deck' } }, c('inject-choose')),
          deckSelect,
        ),
        deckNone,
        deckPreview,
        deckSend,
      ),
      h(
        'section',
        { class: 'console-group console-write', attrs: { 'aria-labelledby': 'console-write-title' } },
        h('h3', { id: 'console-write-title' }, c('write')),
        form.element,
        formProblems,
        writeSend,
      ),
      h('section', { class: 'console-group console-undo', attrs: { 'aria-label': c('undo') } }, undo, end, endBox),
    ),
  );

  const act = async (event: Intent, what: KeysUnder<'classroom.console.actions'>): Promise<boolean> => {
    const result = await options.session.send(event);
    const reason = result.ok
      ? ''
      : 'refusal' in result
        ? refusalWords(result.refusal, options.session.scenario, say)
        : say(`app.not-sent.${result.notSent}`);
    setText(feedback, result.ok ? c('done', { what: c(`actions.${what}`) }) : c('refused', { reason }));
    refresh();
    return result.ok;
  };
  pauseButton.addEventListener('click', () => {
    const paused = options.session.view().paused;
    act({ type: paused ? 'facilitator.resume' : 'facilitator.pause' }, paused ? 'resume' : 'pause');
  });
  extend30.addEventListener('click', () => act({ type: 'facilitator.extend', seconds: 30 }, 'extend'));
  extend60.addEventListener('click', () => act({ type: 'facilitator.extend', seconds: 60 }, 'extend'));
  skip.addEventListener('click', () => act({ type: 'deliberation.done' }, 'skip'));
  deckSend.addEventListener('click', () => {
    if (deckSelect.value !== '') act({ type: 'facilitator.inject', event: deckSelect.value }, 'inject');
  });
  writeSend.addEventListener('click', async () => {
    const read = form.read();
    if (!read.ok) {
      formProblems.hidden = false;
      replaceChildren(
        formProblems,
        h('p', {}, c('write-invalid')),
        h('ul', {}, ...read.problems.map((p) => h('li', {}, p))),
      );
      return;
    }
    formProblems.hidden = true;
    if (await act(read.event, 'write')) form.reset();
  });
  undo.addEventListener('click', () => act({ type: 'facilitator.undo' }, 'undo'));
  end.addEventListener('click', () => {
    if (options.session.view().phase === 'ended') {
      dialog.close();
      options.onDebrief();
      return;
    }
    endBox.hidden = false;
    endConfirm.focus();
  });
  // The game's ending takes the app to the debrief, as any ending does.
  endConfirm.addEventListener('click', async () => {
    if (await act({ type: 'facilitator.end' }, 'end')) dialog.close();
  });
  closeButton.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    endBox.hidden = true;
    returnFocus?.focus();
  });

  function refresh(): void {
    const ctx = options.session.view();
    const phase = say(`phases.${ctx.phase}`);
    setText(statusLine, c(ctx.paused ? 'status-paused' : 'status', { round: ctx.round, rounds: ctx.rounds, phase }));
    const left = options.timeLeft();
    setText(timerLine, left === null ? c('timer-off') : c('timer', { time: clock(left) }));
    setText(pauseButton, c(ctx.paused ? 'resume' : 'pause'));
    pauseButton.setAttribute('aria-pressed', ctx.paused ? 'true' : 'false');
    const ended = ctx.phase === 'ended';
    for (const b of [pauseButton, extend30, extend60, deckSend, writeSend, undo]) b.disabled = ended || ctx.round < 1;
    skip.disabled = ctx.phase !== 'deliberate' || ctx.paused;
    setText(end, c(ended ? 'debrief' : 'end'));
    const injectable = new Set(ctx.injectable);
    const open = options.session.scenario.events.filter((e) => injectable.has(e.id));
    const before = deckSelect.value;
    replaceChildren(deckSelect, ...open.map((e) => h('option', { attrs: { value: e.id } }, e.title)));
    if (open.some((e) => e.id === before)) deckSelect.value = before;
    preview();
    deckSelect.disabled = open.length === 0 || ended;
    deckNone.hidden = open.length > 0;
    if (open.length === 0) deckSend.disabled = true;
  }

  function openConsole(): void {
    refresh();
    setText(feedback, '');
    dialog.showModal();
    pauseButton.focus();
  }

  return {
    request() {
      if (dialog.open || pinDialog.open) return;
      returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      pinError.hidden = true;
      pinInput.value = '';
      pinDialog.showModal();
      pinInput.focus();
    },
    refresh() {
      if (dialog.open) refresh();
    },
    get isOpen() {
      return dialog.open;
    },
    elements: [pinDialog, dialog],
  };
}
