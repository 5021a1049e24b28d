/**
 * The class set-up screen: session name, lesson length, deliberation time, up to six named
 * teams each with a seat, the rationale rule and the facilitator's PIN. Every field has a
 * label; a problem is shown on its field and in a summary that links to it.
 */

import type { Parsed, Problem } from '../../engine/problems';
import type { Scenario } from '../../engine/scenario-schema';
import {
  type ClassConfig,
  type ClassSetupValues,
  classConfigOf,
  defaultValues,
  type FieldError,
  MAX_TEAMS,
  type SeatChoice,
  seatChoices,
} from '../../view/class-config';
import { under } from '../../view/locale';
import { h, replaceChildren } from '../dom';
import { type FilePicker, problemsBox, scenarioFilePicker } from '../scenario-file-picker';
import type { Say } from './say';

export interface ClassSetupOptions {
  scenario: Scenario;
  /** The scenarios to choose from, when there is more than one, and what to do when another is chosen. */
  scenarios?: Scenario[];
  onScenario?(scenario: Scenario): void;
  /** The file a scenario was opened from, for those that were. */
  fileOf?(scenario: Scenario): string | undefined;
  /** A scenario file was opened: the caller answers with its problems, or none once it is chosen. */
  onFile?(parsed: Parsed<Scenario>, fileName: string): Promise<Problem[]>;
  say: Say;
  onStart(config: ClassConfig): void;
  /** Offered when a class server answers: the class starts on the server, every team on its own device. */
  onStartNetworked?(config: ClassConfig): void;
  onBack(): void;
}

/** The name of the seat the players' roles sit at ("Seoul's National Security Council"). */
function playerSeatLabel(scenario: Scenario): string {
  return scenario.seats.find((seat) => seat.id === scenario.player)?.label ?? scenario.player;
}

/** Builds the screen; the caller puts it in the page and focuses its heading. */
export function classSetupScreen(options: ClassSetupOptions): HTMLElement {
  const { scenario, say } = options;
  const s = under(say, 'classroom.setup');
  const values = defaultValues(scenario, (n) => s('team-default', { n }));
  const choices = seatChoices(scenario);

  const summary = h('div', { class: 'problems', attrs: { role: 'alert', tabindex: -1 }, id: 'class-setup-errors' });
  summary.hidden = true;
  const teamsBody = h('div', { class: 'class-teams' });
  const addButton = h('button', { class: 'btn', attrs: { type: 'button' } }, s('team-add'));

  const { nameInput, secondsInput, lengthChoices, rationale, pinInput } = formFields(scenario, values, s);

  const teams = teamRows(values, choices, s, addButton, teamsBody);
  teams.render();
  const scenarioPicker = scenarioChoice(options, s);
  const filePicker = fileChoice(options);
  const form = h(
    'form',
    { class: 'class-setup', attrs: { novalidate: true, 'aria-labelledby': 'class-setup-title' } },
    summary,
    scenarioPicker,
    filePicker ? h('div', { class: 'class-field' }, filePicker.row, filePicker.input, filePicker.status) : null,
    h(
      'div',
      { class: 'class-grid' },
      h(
        'div',
        { class: 'class-field' },
        h('label', { attrs: { for: 'class-name' } }, s('name')),
        nameInput,
        h('p', { class: 'field-hint', id: 'class-name-hint' }, s('name-hint')),
      ),
      h(
        'div',
        { class: 'class-field' },
        h('label', { attrs: { for: 'class-seconds' } }, s('seconds')),
        secondsInput,
        h('p', { class: 'field-hint', id: 'class-seconds-hint' }, s('seconds-hint')),
        errorSlot('deliberationSeconds'),
      ),
    ),
    h(
      'fieldset',
      { id: 'length' },
      h('legend', {}, s('length')),
      h('div', { class: 'choice-list choice-row' }, ...lengthChoices),
      errorSlot('length'),
    ),
    teamsFieldset(scenario, teamsBody, addButton, s),
    h(
      'div',
      { class: 'class-grid' },
      h(
        'div',
        { class: 'class-field class-check' },
        h('label', { class: 'choice' }, rationale, h('span', {}, s('rationale'))),
        h('p', { class: 'field-hint', id: 'class-rationale-hint' }, s('rationale-hint')),
      ),
      h(
        'div',
        { class: 'class-field' },
        h('label', { attrs: { for: 'class-pin' } }, s('pin')),
        pinInput,
        h('p', { class: 'field-hint', id: 'class-pin-hint' }, s('pin-hint')),
        errorSlot('pin'),
      ),
    ),
    ...startButtons(options, s),
  );

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const current: ClassSetupValues = {
      name: nameInput.value,
      length: form.querySelector<HTMLInputElement>('input[name="length"]:checked')?.value ?? '',
      deliberationSeconds: Number(secondsInput.value),
      requireRationale: rationale.checked,
      pin: pinInput.value,
      teams: values.teams,
    };
    const result = classConfigOf(scenario, current);
    showErrors(form, summary, result.ok ? [] : result.errors, s);
    if (!result.ok) return;
    const networked = (event.submitter as HTMLElement | null)?.id === 'class-start-network';
    if (networked && options.onStartNetworked) options.onStartNetworked(result.value);
    else options.onStart(result.value);
  });
  return screenOf(scenario, form, s);
}

type S = ReturnType<typeof under<'classroom.setup'>>;

/** Back, start on this screen, and (when a class server answers) start with every team on its own device. */
function startButtons(options: ClassSetupOptions, s: S): (HTMLElement | null)[] {
  const networked = options.onStartNetworked !== undefined;
  return [
    h(
      'div',
      { class: 'screen-actions' },
      h('button', { class: 'btn', attrs: { type: 'button' }, on: { click: () => options.onBack() } }, s('back')),
      h('button', { class: 'btn btn-primary', id: 'class-start', attrs: { type: 'submit' } }, s('start')),
      networked
        ? h(
            'button',
            {
              class: 'btn btn-primary',
              id: 'class-start-network',
              attrs: { type: 'submit', 'aria-describedby': 'class-network-hint' },
            },
            options.say('network.setup.every-device'),
          )
        : null,
    ),
    networked
      ? h('p', { class: 'field-hint', id: 'class-network-hint' }, options.say('network.setup.every-device-hint'))
      : null,
  ];
}

/** The teams table: a row per team (its name and what it plays), add and remove, drawn again on each change. */
function teamRows(
  values: ClassSetupValues,
  choices: SeatChoice[],
  s: S,
  addButton: HTMLButtonElement,
  teamsBody: HTMLElement,
) {
  // Roles are grouped under their seat, actor seats under one heading, so each option stays short.
  const groups: { label: string; options: typeof choices }[] = [];
  for (const c of choices) {
    const label = c.roleLabel !== undefined ? s('group-council', { seat: c.seatLabel }) : s('group-actors');
    const group = groups.find((g) => g.label === label);
    if (group) group.options.push(c);
    else groups.push({ label, options: [c] });
  }
  const seatOptions = () =>
    groups.map((g) =>
      h(
        'optgroup',
        { attrs: { label: g.label } },
        ...g.options.map((c) =>
          h('option', { attrs: { value: c.value } }, c.roleLabel ?? s('actor-option', { seat: c.seatLabel })),
        ),
      ),
    );

  const renderTeams = (): void => {
    const rows = values.teams.map((team, i) => {
      const n = i + 1;
      const name = h('input', {
        id: `team-${i}-name`,
        attrs: { type: 'text', name: `team-${i}-name`, maxlength: 40, autocomplete: 'off', value: team.name },
      });
      name.value = team.name;
      name.addEventListener('input', () => {
        team.name = name.value;
      });
      const plays = h('select', { id: `team-${i}-plays`, attrs: { name: `team-${i}-plays` } }, ...seatOptions());
      plays.value = team.plays;
      plays.addEventListener('change', () => {
        team.plays = plays.value;
      });
      const remove = h(
        'button',
        { class: 'btn btn-small', attrs: { type: 'button', 'aria-label': s('team-remove', { n }) } },
        '✕',
      );
      remove.disabled = values.teams.length <= 1;
      remove.addEventListener('click', () => {
        values.teams.splice(i, 1);
        renderTeams();
        (teamsBody.querySelector<HTMLInputElement>(`#team-${Math.max(0, i - 1)}-name`) ?? addButton).focus();
      });
      return h(
        'div',
        { class: 'class-team', attrs: { role: 'group', 'aria-label': s('team-row', { n }) } },
        h('span', { class: 'class-team-number', attrs: { 'aria-hidden': 'true' } }, String(n)),
        h(
          'div',
          { class: 'class-field' },
          h('label', { attrs: { for: name.id } }, s('team-name', { n })),
          name,
          h('p', { class: 'field-error', id: `team-${i}-name-error`, attrs: { hidden: true } }),
        ),
        h(
          'div',
          { class: 'class-field' },
          h('label', { attrs: { for: plays.id } }, s('team-plays', { n })),
          plays,
          h('p', { class: 'field-error', id: `team-${i}-plays-error`, attrs: { hidden: true } }),
        ),
        remove,
      );
    });
    replaceChildren(teamsBody, ...rows);
    addButton.disabled = values.teams.length >= MAX_TEAMS;
  };
  addButton.addEventListener('click', () => {
    if (values.teams.length >= MAX_TEAMS) return;
    const used = new Set(values.teams.map((t) => t.plays));
    const free = choices.find((c) => !used.has(c.value)) ?? choices[0];
    values.teams.push({ name: s('team-default', { n: values.teams.length + 1 }), plays: free?.value ?? '' });
    renderTeams();
    teamsBody.querySelector<HTMLInputElement>(`#team-${values.teams.length - 1}-name`)?.focus();
  });
  return { render: renderTeams };
}

/** The scenario played: a list to choose from when there are several, else its name. */
function scenarioChoice(options: ClassSetupOptions, s: S): HTMLElement {
  const { scenario, scenarios } = options;
  if (!scenarios || scenarios.length <= 1)
    // One scenario: named, so the file button beside it reads as "or another one".
    return h(
      'p',
      { class: 'class-field', id: 'class-scenario-name' },
      h('strong', {}, s('scenario')),
      ' ',
      scenario.title,
    );
  const select = h(
    'select',
    { id: 'class-scenario', attrs: { name: 'scenario' } },
    ...scenarios.map((x, i) => {
      const file = options.fileOf?.(x);
      const label = file ? s('scenario-from-file', { title: x.title, file }) : x.title;
      return h('option', { attrs: { value: String(i), selected: x === scenario } }, label);
    }),
  );
  select.addEventListener('change', () => {
    const next = scenarios[Number(select.value)];
    if (next && next !== scenario) options.onScenario?.(next);
  });
  return h('div', { class: 'class-field' }, h('label', { attrs: { for: 'class-scenario' } }, s('scenario')), select);
}

/** The way to open a scenario file, when the caller takes one; its problems are listed under it. */
function fileChoice(options: ClassSetupOptions): FilePicker | null {
  const { say } = options;
  const picker: FilePicker | null = options.onFile
    ? scenarioFilePicker(say, 'class-', async (fileName, parsed) => {
        const problems = (await options.onFile?.(parsed, fileName)) ?? [];
        if (problems.length === 0) return;
        const box = problemsBox(say, say('setup.file-problems', { file: fileName, count: problems.length }), problems);
        box.tabIndex = -1;
        replaceChildren(picker?.status ?? box, box);
        box.focus();
      })
    : null;
  return picker;
}

/** Marks each field with its problem and lists them all in the summary, each a link to its field. */
function showErrors(form: HTMLFormElement, summary: HTMLElement, errors: FieldError[], s: S): void {
  for (const el of form.querySelectorAll<HTMLElement>('.field-error')) {
    el.hidden = true;
    el.textContent = '';
  }
  for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
  summary.hidden = errors.length === 0;
  if (errors.length === 0) return;
  const items = errors.map((e) => {
    const text = s(`errors.${e.key}`, e.params);
    const slot = form.querySelector<HTMLElement>(`#${e.field}-error`);
    if (slot) {
      slot.hidden = false;
      slot.textContent = text;
    }
    const control = form.querySelector<HTMLElement>(`#${e.field}, [name="${e.field}"]`);
    control?.setAttribute('aria-invalid', 'true');
    if (control && slot)
      control.setAttribute('aria-describedby', `${slot.id} ${control.getAttribute('aria-describedby') ?? ''}`.trim());
    const target =
      e.field === 'length'
        ? 'length'
        : e.field === 'deliberationSeconds'
          ? 'class-seconds'
          : e.field === 'pin'
            ? 'class-pin'
            : e.field;
    const link = h('a', { attrs: { href: `#${target}` } }, text);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      (form.querySelector<HTMLElement>(`#${target} input, #${target}`) ?? summary).focus();
    });
    return h('li', {}, link);
  });
  replaceChildren(summary, h('p', {}, s('errors-title', { count: errors.length })), h('ul', {}, ...items));
  summary.focus();
}

/** The form's own fields: name, deliberation time (following the length until it is typed in), lengths, the rule, the PIN. */
function formFields(scenario: Scenario, values: ClassSetupValues, s: S) {
  let secondsTouched = false;
  const nameInput = h('input', {
    id: 'class-name',
    attrs: { type: 'text', name: 'name', maxlength: 80, 'aria-describedby': 'class-name-hint', autocomplete: 'off' },
  });
  const secondsInput = h('input', {
    id: 'class-seconds',
    class: 'class-number',
    attrs: {
      type: 'number',
      name: 'deliberationSeconds',
      min: 10,
      max: 3600,
      step: 10,
      'aria-describedby': 'class-seconds-hint',
      value: values.deliberationSeconds,
    },
  });
  secondsInput.addEventListener('input', () => {
    secondsTouched = true;
  });
  const lengthChoices = scenario.lengths.map((l) => {
    const input = h('input', { attrs: { type: 'radio', name: 'length', value: l.id } });
    input.checked = l.id === values.length;
    input.addEventListener('change', () => {
      if (!secondsTouched) secondsInput.value = String(l.deliberationSeconds);
    });
    return h(
      'label',
      { class: 'choice' },
      input,
      h('span', { class: 'choice-title' }, l.label),
      h(
        'span',
        { class: 'choice-body' },
        s('length-option', { minutes: l.minutes, rounds: l.rounds.length, seconds: l.deliberationSeconds }),
      ),
    );
  });
  const rationale = h('input', {
    id: 'class-rationale',
    attrs: { type: 'checkbox', name: 'requireRationale', 'aria-describedby': 'class-rationale-hint' },
  });
  rationale.checked = values.requireRationale;
  const pinInput = h('input', {
    id: 'class-pin',
    class: 'class-pin',
    attrs: {
      type: 'password',
      name: 'pin',
      inputmode: 'numeric',
      autocomplete: 'off',
      maxlength: 8,
      'aria-describedby': 'class-pin-hint',
    },
  });
  return { nameInput, secondsInput, lengthChoices, rationale, pinInput };
}

function screenOf(scenario: Scenario, form: HTMLFormElement, s: S): HTMLElement {
  return h(
    'section',
    { class: 'screen class-setup-screen', id: 'class-setup-screen', attrs: { 'aria-labelledby': 'class-setup-title' } },
    h(
      'div',
      { class: 'sheet' },
      h('p', { class: 'kicker' }, scenario.title),
      h('h1', { id: 'class-setup-title', attrs: { tabindex: -1 } }, s('title')),
      h('p', { class: 'lede' }, s('intro')),
      form,
    ),
  );
}

function errorSlot(id: string): HTMLElement {
  return h('p', { class: 'field-error', id: `${id}-error`, attrs: { hidden: true } });
}

/** The teams, with how many there may be and which seat the council sits at. */
function teamsFieldset(scenario: Scenario, teamsBody: HTMLElement, addButton: HTMLElement, s: S): HTMLElement {
  return h(
    'fieldset',
    { id: 'teams', attrs: { 'aria-describedby': 'class-teams-hint' } },
    h('legend', {}, s('teams')),
    h(
      'p',
      { class: 'field-hint', id: 'class-teams-hint' },
      s('teams-hint', { max: MAX_TEAMS, council: playerSeatLabel(scenario) }),
    ),
    teamsBody,
    addButton,
    errorSlot('teams'),
  );
}
