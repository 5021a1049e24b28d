/**
 * The facilitator console: opened with Ctrl+Shift+F (or its small button) and the PIN chosen
 * at set-up, so students at the shared screen cannot use it. Pause and resume, extend or skip
 * the timer, inject an event from the deck or write one, undo the last decision, end the game
 * and go to the debrief. Every action is an event sent to the game, so it is in the log and
 * the save, and a replay stays exact. Both dialogs are native <dialog>s: focus stays inside
 * while open and Escape closes them.
 */

import type { Intent, Session } from '../../session/session';
import { readableDate } from '../../view/language';
import { type KeysUnder, under } from '../../view/locale';
import { refusalWords } from '../../view/refusal-words';
import { h, replaceChildren, setText } from '../dom';
import { type InjectForm, injectForm } from './inject-form';
import { type PinLock, pinPrompt } from './pin-prompt';
import { clock, type Say } from './say';

export interface ConsoleOptions {
  /** The game as the facilitator sees it; every action is an intent sent through it. */
  session: Session;
  say: Say;
  /** The interface's language, for the dates of the events the console previews. */
  lang: string;
  /** True when the PIN is the session's; undefined when none is stored on this computer. */
  checkPin(pin: string): boolean | undefined;
  /** The lockout after repeated wrong PINs. */
  pinLock: PinLock;
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
  const panel = new ConsolePanel(options);
  let returnFocus: HTMLElement | null = null;
  const pin = pinPrompt(
    options.say,
    options.checkPin,
    options.pinLock,
    () => panel.open(),
    () => {
      if (!panel.dialog.open) returnFocus?.focus();
    },
  );
  panel.dialog.addEventListener('close', () => returnFocus?.focus());
  return {
    request() {
      if (panel.dialog.open || pin.dialog.open) return;
      returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      pin.ask();
    },
    refresh() {
      if (panel.dialog.open) panel.refresh();
    },
    get isOpen() {
      return panel.dialog.open;
    },
    elements: [pin.dialog, panel.dialog],
  };
}

type C = ReturnType<typeof under<'classroom.console'>>;

function button(id: string, label: string, cls = 'btn'): HTMLButtonElement {
  return h('button', { class: cls, id, attrs: { type: 'button' } }, label);
}

/** The console's controls, what each sends, and how they stand after every change of the game. */
class ConsolePanel {
  readonly dialog: HTMLDialogElement;
  private readonly c: C;
  private readonly feedback = h('p', { class: 'console-feedback', attrs: { role: 'status' } });
  private readonly statusLine = h('p', { class: 'console-status' });
  private readonly timerLine = h('p', { class: 'console-timer' });
  private readonly pause = button('console-pause', '');
  private readonly extend30: HTMLButtonElement;
  private readonly extend60: HTMLButtonElement;
  private readonly skip: HTMLButtonElement;
  private readonly deck = h('select', { id: 'console-deck' });
  private readonly deckSend: HTMLButtonElement;
  private readonly deckNone: HTMLElement;
  // What the chosen event says, so the facilitator knows what the class will read.
  private readonly deckPreview = h('p', {
    class: 'console-preview',
    id: 'console-deck-preview',
    attrs: { 'aria-live': 'polite' },
  });
  private readonly form: InjectForm;
  private readonly formProblems = h('div', { class: 'problems', attrs: { role: 'alert' } });
  private readonly writeSend: HTMLButtonElement;
  private readonly undo: HTMLButtonElement;
  private readonly end: HTMLButtonElement;
  private readonly endConfirm: HTMLButtonElement;
  private readonly endBox: HTMLElement;

  constructor(private readonly options: ConsoleOptions) {
    const c = under(options.say, 'classroom.console');
    this.c = c;
    this.extend30 = button('console-extend-30', c('extend', { seconds: 30 }));
    this.extend60 = button('console-extend-60', c('extend', { seconds: 60 }));
    this.skip = button('console-skip', c('skip'));
    this.deckSend = button('console-inject', c('inject-send'));
    this.deckNone = h('p', { class: 'field-hint' }, c('inject-none'));
    this.form = injectForm(options.session.scenario, options.say);
    this.formProblems.hidden = true;
    this.writeSend = button('console-write', c('write-send'));
    this.undo = button('console-undo', c('undo'));
    this.end = button('console-end', c('end'), 'btn btn-danger');
    this.endConfirm = button('console-end-confirm', c('end'), 'btn btn-danger');
    this.endBox = h(
      'div',
      { class: 'console-confirm' },
      h('p', { class: 'field-hint', id: 'console-end-note' }, c('end-confirm')),
      this.endConfirm,
    );
    this.endBox.hidden = true;
    this.dialog = this.build();
    this.wire();
  }

  private build(): HTMLDialogElement {
    const { c } = this;
    const close = button('console-close', c('close'));
    close.addEventListener('click', () => this.dialog.close());
    const group = (cls: string, label: string, ...children: (HTMLElement | null)[]) =>
      h(
        'section',
        { class: `console-group ${cls}`, attrs: { 'aria-labelledby': `${cls}-title` } },
        h('h3', { id: `${cls}-title` }, label),
        ...children,
      );
    return h(
      'dialog',
      { class: 'class-dialog console', id: 'facilitator-console', attrs: { 'aria-labelledby': 'console-title' } },
      h('div', { class: 'console-head' }, h('h2', { id: 'console-title' }, c('title')), close),
      this.statusLine,
      this.timerLine,
      this.feedback,
      h(
        'div',
        { class: 'console-grid' },
        h(
          'section',
          { class: 'console-group console-time', attrs: { 'aria-label': c('pause') } },
          this.pause,
          this.extend30,
          this.extend60,
          this.skip,
        ),
        group(
          'console-deck',
          c('inject-deck'),
          h(
            'div',
            { class: 'class-field' },
            h('label', { attrs: { for: 'console-deck' } }, c('inject-choose')),
            this.deck,
          ),
          this.deckNone,
          this.deckPreview,
          this.deckSend,
        ),
        group('console-write', c('write'), this.form.element, this.formProblems, this.writeSend),
        h(
          'section',
          { class: 'console-group console-undo', attrs: { 'aria-label': c('undo') } },
          this.undo,
          this.end,
          this.endBox,
        ),
      ),
    );
  }

  /** Every control sends its intent; the answer is shown, and the console redrawn. */
  private wire(): void {
    const view = () => this.options.session.view();
    this.pause.addEventListener('click', () => {
      const paused = view().paused;
      void this.act({ type: paused ? 'facilitator.resume' : 'facilitator.pause' }, paused ? 'resume' : 'pause');
    });
    this.extend30.addEventListener('click', () => void this.act({ type: 'facilitator.extend', seconds: 30 }, 'extend'));
    this.extend60.addEventListener('click', () => void this.act({ type: 'facilitator.extend', seconds: 60 }, 'extend'));
    this.skip.addEventListener('click', () => void this.act({ type: 'deliberation.done' }, 'skip'));
    this.deck.addEventListener('change', () => this.preview());
    this.deckSend.addEventListener('click', () => {
      if (this.deck.value !== '') void this.act({ type: 'facilitator.inject', event: this.deck.value }, 'inject');
    });
    this.writeSend.addEventListener('click', () => void this.write());
    this.undo.addEventListener('click', () => void this.act({ type: 'facilitator.undo' }, 'undo'));
    this.end.addEventListener('click', () => {
      if (view().phase === 'ended') {
        this.dialog.close();
        this.options.onDebrief();
        return;
      }
      this.endBox.hidden = false;
      this.endConfirm.focus();
    });
    // The game's ending takes the app to the debrief, as any ending does.
    this.endConfirm.addEventListener('click', async () => {
      if (await this.act({ type: 'facilitator.end' }, 'end')) this.dialog.close();
    });
    this.dialog.addEventListener('close', () => {
      this.endBox.hidden = true;
    });
  }

  private async write(): Promise<void> {
    const read = this.form.read();
    if (!read.ok) {
      // The word at the top says it was not sent; the problems under the form come into view.
      this.tell(this.options.say('console.write-refused'), false);
      this.formProblems.hidden = false;
      replaceChildren(
        this.formProblems,
        h('p', {}, this.c('write-invalid')),
        h('ul', {}, ...read.problems.map((p) => h('li', {}, p))),
      );
      this.formProblems.scrollIntoView({ block: 'nearest' });
      return;
    }
    this.formProblems.hidden = true;
    if (await this.act(read.event, 'write')) this.form.reset();
  }

  /** The line at the top of the console: what was done, or (in red, marked) why not. */
  private tell(text: string, ok: boolean): void {
    setText(this.feedback, text);
    this.feedback.classList.toggle('refused', !ok);
  }

  private async act(event: Intent, what: KeysUnder<'classroom.console.actions'>): Promise<boolean> {
    const { c, options } = this;
    const result = await options.session.send(event);
    const reason = result.ok
      ? ''
      : 'refusal' in result
        ? refusalWords(result.refusal, options.session.scenario, options.say)
        : options.say(`app.not-sent.${result.notSent}`);
    this.tell(result.ok ? c('done', { what: c(`actions.${what}`) }) : c('refused', { reason }), result.ok);
    if (result.ok) this.formProblems.hidden = true;
    this.refresh();
    return result.ok;
  }

  private preview(): void {
    const { c } = this;
    const e = this.options.session.scenario.events.find((x) => x.id === this.deck.value);
    setText(
      this.deckPreview,
      e
        ? c('inject-preview', {
            kind: c(`kinds.${e.kind}`),
            date: e.date ? `, ${readableDate(e.date, this.options.lang)}` : '',
            text: e.text,
          })
        : '',
    );
  }

  refresh(): void {
    const { c, options } = this;
    const ctx = options.session.view();
    const phase = options.say(`phases.${ctx.phase}`);
    setText(
      this.statusLine,
      c(ctx.paused ? 'status-paused' : 'status', { round: ctx.round, rounds: ctx.rounds, phase }),
    );
    const left = options.timeLeft();
    setText(this.timerLine, left === null ? c('timer-off') : c('timer', { time: clock(left) }));
    setText(this.pause, c(ctx.paused ? 'resume' : 'pause'));
    this.pause.setAttribute('aria-pressed', ctx.paused ? 'true' : 'false');
    const ended = ctx.phase === 'ended';
    for (const b of [this.pause, this.extend30, this.extend60, this.deckSend, this.writeSend, this.undo])
      b.disabled = ended || ctx.round < 1;
    this.skip.disabled = ctx.phase !== 'deliberate' || ctx.paused;
    setText(this.end, c(ended ? 'debrief' : 'end'));
    this.refreshDeck(ctx.injectable, ended);
  }

  private refreshDeck(injectable: readonly string[], ended: boolean): void {
    const can = new Set(injectable);
    const open = this.options.session.scenario.events.filter((e) => can.has(e.id));
    const before = this.deck.value;
    replaceChildren(this.deck, ...open.map((e) => h('option', { attrs: { value: e.id } }, e.title)));
    if (open.some((e) => e.id === before)) this.deck.value = before;
    this.preview();
    this.deck.disabled = open.length === 0 || ended;
    this.deckNone.hidden = open.length > 0;
    if (open.length === 0) this.deckSend.disabled = true;
  }

  open(): void {
    this.refresh();
    this.tell('', true);
    this.dialog.showModal();
    this.pause.focus();
  }
}
