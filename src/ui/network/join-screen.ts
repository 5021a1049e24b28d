/**
 * Joining a class from a student's device: the code (typed, or taken from the address the QR
 * code opened), then the teacher's list of teams to pick from. The teacher can open the console
 * from here too, with the code and the PIN. Every refusal is said in words beside the form.
 */
import type { ApiAnswer, ApiError } from '../../session/class-api';
import type { ClassLookupResponse } from '../../session/protocol';
import { under } from '../../view/locale';
import type { Say } from '../classroom/say';
import { h, replaceChildren, setText } from '../dom';
import type { Screen } from '../screen';

export interface JoinScreenOptions {
  say: Say;
  /** The code from the address (?join=CODE), if any: the class is looked up at once. */
  code?: string;
  /** Why the screen is shown (the device was removed, its place no longer valid), if that is why. */
  why?: string;
  lookUp(code: string): Promise<ApiAnswer<ClassLookupResponse>>;
  /** Joins the team; on success the app moves on, on failure the screen says why. */
  join(code: string, team: string): Promise<ApiAnswer<unknown>>;
  openConsole(code: string, pin: string): Promise<ApiAnswer<unknown>>;
  errorWords(error: ApiError, retryAfter?: number): string;
  onBack(): void;
}

export function joinScreen(options: JoinScreenOptions): Screen {
  const { say } = options;
  const j = under(say, 'network.join');
  const status = h('p', { class: 'net-join-status', id: 'net-join-status', attrs: { role: 'status' } }, options.why);
  const teams = h('div', { class: 'net-team-pick', id: 'net-team-pick' });
  const code = h('input', {
    id: 'net-join-code',
    class: 'net-code-input',
    attrs: {
      type: 'text',
      name: 'code',
      maxlength: 8,
      autocomplete: 'off',
      autocapitalize: 'characters',
      spellcheck: 'false',
    },
  });
  code.value = options.code ?? '';
  const fail = (answer: Exclude<ApiAnswer<unknown>, { ok: true }>) =>
    setText(status, j('failed', { reason: options.errorWords(answer.error, answer.retryAfter) }));
  const find = async () => {
    setText(status, j('finding'));
    replaceChildren(teams);
    const found = await options.lookUp(code.value);
    if (!found.ok) return fail(found);
    setText(status, '');
    replaceChildren(
      teams,
      ...teamPicker(found.value, j, async (team) => {
        setText(status, j('joining'));
        const joined = await options.join(code.value, team);
        if (!joined.ok) fail(joined);
      }),
    );
    teams.querySelector<HTMLButtonElement>('button')?.focus();
  };
  const form = h(
    'form',
    { class: 'net-join-form', attrs: { novalidate: true } },
    h('label', { attrs: { for: 'net-join-code' } }, j('code')),
    h(
      'div',
      { class: 'net-join-row' },
      code,
      h('button', { class: 'btn btn-primary', id: 'net-find', attrs: { type: 'submit' } }, j('find')),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void find();
  });
  const heading = h('h1', { id: 'net-join-title', attrs: { tabindex: -1 } }, j('title'));
  const back = h('button', { class: 'btn', attrs: { type: 'button' } }, j('back'));
  back.addEventListener('click', () => options.onBack());
  const element = h(
    'section',
    { class: 'screen net-join', id: 'net-join', attrs: { 'aria-labelledby': 'net-join-title' } },
    h(
      'div',
      { class: 'sheet' },
      heading,
      h('p', { class: 'lede' }, j('intro')),
      form,
      status,
      teams,
      teacherBox(options, code, j, status),
      h('div', { class: 'screen-actions' }, back),
    ),
  );
  if (options.code) void find();
  return { name: 'net-join', title: j('screen'), element, focusTarget: options.code ? heading : code };
}

type J = ReturnType<typeof under<'network.join'>>;

/** The class found: its name, and a button per team. */
function teamPicker(found: ClassLookupResponse, j: J, pick: (team: string) => Promise<void>): HTMLElement[] {
  return [
    h('h2', { id: 'net-pick-title' }, j('pick')),
    h('p', { class: 'field-hint' }, j('pick-hint', { title: found.title, name: found.name })),
    h(
      'ul',
      { class: 'net-team-list', attrs: { 'aria-labelledby': 'net-pick-title' } },
      ...found.teams.map((t) => {
        const b = h('button', { class: 'btn btn-large', attrs: { type: 'button', 'data-team': t.id } }, t.name);
        b.addEventListener('click', () => void pick(t.id));
        return h('li', {}, b);
      }),
    ),
  ];
}

/** The teacher's way in: the code above and the PIN open the console on this device. */
function teacherBox(options: JoinScreenOptions, code: HTMLInputElement, j: J, status: HTMLElement): HTMLElement {
  const pin = h('input', {
    id: 'net-console-pin',
    attrs: { type: 'password', inputmode: 'numeric', maxlength: 8, autocomplete: 'off' },
  });
  const open = h('button', { class: 'btn', id: 'net-open-console', attrs: { type: 'button' } }, j('open-console'));
  open.addEventListener('click', async () => {
    const answer = await options.openConsole(code.value, pin.value);
    if (!answer.ok) setText(status, j('failed', { reason: options.errorWords(answer.error, answer.retryAfter) }));
  });
  return h(
    'details',
    { class: 'net-teacher' },
    h('summary', {}, j('teacher')),
    h('label', { attrs: { for: 'net-console-pin' } }, j('pin')),
    pin,
    open,
  );
}
