/**
 * Opening a scenario file from disk, as the setup screen and the class set-up both offer it: a
 * button for the hidden file input, a hint, and a status line that says the file is being read
 * or, for a file too big to be a scenario, why it was refused. The parsed result goes to the
 * caller, which lists a broken file's problems where its scenarios are listed.
 */

import type { Parsed, Problem } from '../engine/problems';
import type { Scenario } from '../engine/scenario-schema';
import { MAX_FILE_BYTES, readScenarioFile } from '../session/scenario-library';
import type { Translate } from '../view/locale';
import { problemWords } from '../view/problem-words';
import { h, replaceChildren } from './dom';

type Say = Translate;

/** A list of problems under a message, each said for a teacher first: an alert, or a quieter list of warnings. */
export function problemsBox(t: Say, message: string, problems: readonly Problem[], warning = false): HTMLElement {
  return h(
    'div',
    { class: warning ? 'problems warnings' : 'problems', attrs: warning ? {} : { role: 'alert' } },
    h('p', {}, h('strong', {}, message)),
    h('ul', {}, ...problems.map((p) => h('li', {}, problemWords(p, t)))),
  );
}

export interface FilePicker {
  /** The button and its hint, for the form. */
  row: HTMLElement;
  /** The hidden input and the status line, placed after the row. */
  input: HTMLInputElement;
  status: HTMLElement;
  button: HTMLButtonElement;
}

/**
 * `prefix` keeps the ids apart when two pickers could be on the page (`scenario-file`,
 * `open-scenario-file`, `open-file-hint` and `file-status`, each after the prefix).
 */
export function scenarioFilePicker(
  t: Say,
  prefix: string,
  onParsed: (fileName: string, parsed: Parsed<Scenario>) => void,
): FilePicker {
  const input = h('input', {
    id: `${prefix}scenario-file`,
    class: 'sr-only',
    attrs: { type: 'file', accept: '.json,application/json', tabindex: -1, 'aria-hidden': 'true' },
  });
  const button = h(
    'button',
    {
      class: 'btn',
      id: `${prefix}open-scenario-file`,
      attrs: { type: 'button', 'aria-describedby': `${prefix}open-file-hint` },
    },
    t('setup.open-file'),
  );
  const status = h('div', { id: `${prefix}file-status`, attrs: { 'aria-live': 'polite' } });
  const row = h(
    'div',
    { class: 'file-row' },
    button,
    h('span', { class: 'field-hint', id: `${prefix}open-file-hint` }, t('setup.open-file-hint')),
  );
  button.addEventListener('click', () => input.click());
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      replaceChildren(
        status,
        problemsBox(t, t('setup.file-too-big', { file: file.name }), [
          { path: '$', expected: 'a file of at most 5 MB', found: `${(file.size / 1024 / 1024).toFixed(1)} MB` },
        ]),
      );
      return;
    }
    replaceChildren(status, h('p', { class: 'field-hint' }, t('setup.reading', { file: file.name })));
    const parsed = await readScenarioFile(file);
    replaceChildren(status);
    onParsed(file.name, parsed);
  });
  return { row, input, status, button };
}
