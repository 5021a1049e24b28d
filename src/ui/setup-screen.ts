/**
 * The setup screen: choose a bundled scenario or open a scenario file (its problems listed,
 * path by path, when it is broken), a length, and an optional seed.
 */

import type { Parsed } from '../engine/problems';
import type { Scenario } from '../engine/scenario-schema';
import type { CatalogEntry } from '../session/scenario-library';
import type { Locale } from '../view/locale';
import { h, replaceChildren } from './dom';
import { problemsBox, scenarioFilePicker } from './scenario-file-picker';
import type { Screen } from './screen';

export interface SetupChoice {
  scenario: Scenario;
  length: string;
  seed: number;
}

export interface SetupDeps {
  locale: Locale;
  catalog: readonly CatalogEntry[];
  onBack(): void;
  onStart(choice: SetupChoice): void;
}

interface Option {
  key: string;
  fileName?: string;
  parsed: Parsed<Scenario> | null;
}

const SEED_MAX = 0xffffffff;

/** Reads the seed field: empty means a fresh random seed; anything else must be a whole number in range. */
export function parseSeed(text: string, random: () => number): number | undefined {
  const s = text.trim();
  if (s === '') return random();
  if (!/^\d+$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isSafeInteger(n) && n <= SEED_MAX ? n : undefined;
}

function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
}

export function setupScreen(deps: SetupDeps): Screen {
  const { t } = deps.locale;
  const options: Option[] = deps.catalog.map((c) => ({ key: `bundled:${c.folder}`, parsed: null }));
  let selected = '';

  const heading = h('h1', { id: 'setup-heading', attrs: { tabindex: -1 } }, t('setup.heading'));
  const scenarioList = h('div', { class: 'choice-list', id: 'scenario-list' });
  const picker = scenarioFilePicker(t, '', (fileName, parsed) => fileOpened(fileName, parsed));
  const fileButton = picker.button;
  const lengthList = h('div', { class: 'choice-list', id: 'length-list' });
  const seedInput = h('input', {
    id: 'seed',
    attrs: { type: 'text', inputmode: 'numeric', autocomplete: 'off', 'aria-describedby': 'seed-hint seed-error' },
  });
  const seedError = h('p', { class: 'field-error', id: 'seed-error', attrs: { hidden: true } });
  const startError = h('p', { class: 'field-error', id: 'start-error', attrs: { hidden: true, role: 'alert' } });
  const start = h(
    'button',
    { class: 'btn btn-primary', id: 'setup-start', attrs: { type: 'submit' } },
    t('setup.start'),
  );
  const back = h('button', { class: 'btn', id: 'setup-back', attrs: { type: 'button' } }, t('setup.back'));

  const form = h(
    'form',
    { attrs: { novalidate: true } },
    h('fieldset', {}, h('legend', {}, t('setup.scenario')), scenarioList, picker.row, picker.input, picker.status),
    h('fieldset', {}, h('legend', {}, t('setup.length')), lengthList),
    h(
      'div',
      { class: 'seed-row' },
      h('h2', {}, h('label', { attrs: { for: 'seed' } }, t('setup.seed'))),
      seedInput,
      h('p', { class: 'field-hint', id: 'seed-hint' }, t('setup.seed-hint')),
      seedError,
    ),
    startError,
    h('div', { class: 'screen-actions' }, back, start),
  );
  const element = h(
    'section',
    { class: 'screen setup-screen', id: 'setup-screen', attrs: { 'aria-labelledby': 'setup-heading' } },
    h('div', { class: 'sheet' }, heading, form),
  );

  const current = () => options.find((o) => o.key === selected);
  const playable = (o: Option | undefined) => (o?.parsed?.ok ? o.parsed.value : undefined);

  const renderScenarios = () => {
    if (options.length === 0) {
      replaceChildren(scenarioList, h('p', { class: 'field-hint' }, t('setup.no-bundled')));
      return;
    }
    // A scenario that arrives late redraws the list; whatever had focus in it keeps it.
    const active = document.activeElement;
    const focusedItem = active instanceof HTMLElement ? active.closest<HTMLElement>('[data-option]') : null;
    const focusedPart = active instanceof HTMLInputElement ? 'input' : '.problems';
    replaceChildren(
      scenarioList,
      ...options.map((o) => {
        const parsed = o.parsed;
        const scenario = parsed?.ok ? parsed.value : undefined;
        const radio = h('input', {
          attrs: {
            type: 'radio',
            name: 'scenario',
            value: o.key,
            checked: o.key === selected,
            disabled: !scenario,
          },
        });
        radio.addEventListener('change', () => {
          selected = o.key;
          renderLengths();
        });
        const title = scenario?.title ?? o.fileName ?? o.key.replace(/^bundled:/, '');
        const summary = scenario ? `${scenario.summary} (${t('setup.version', { version: scenario.version })})` : null;
        const notes: Node[] = [];
        if (parsed && !parsed.ok)
          notes.push(
            problemsBox(
              o.fileName
                ? t('setup.file-problems', { file: o.fileName, count: parsed.problems.length })
                : t('setup.bundled-problems', { count: parsed.problems.length }),
              parsed.problems,
            ),
          );
        if (parsed?.ok && parsed.warnings.length > 0)
          notes.push(problemsBox(t('setup.warnings', { count: parsed.warnings.length }), parsed.warnings, true));
        return h(
          'div',
          { class: 'choice-item', attrs: { 'data-option': o.key } },
          h(
            'label',
            { class: 'choice' },
            radio,
            h('span', { class: 'choice-title' }, title),
            h(
              'span',
              { class: 'choice-body' },
              summary,
              o.fileName ? h('span', { class: 'tag' }, t('setup.from-file', { file: o.fileName })) : null,
            ),
          ),
          ...notes,
        );
      }),
    );
    if (focusedItem) {
      const again = scenarioList.querySelector<HTMLElement>(
        `[data-option="${focusedItem.dataset.option ?? ''}"] ${focusedPart}`,
      );
      if (again && focusedPart !== 'input') again.tabIndex = -1;
      again?.focus();
    }
  };

  const renderLengths = () => {
    const scenario = playable(current());
    if (!scenario) {
      replaceChildren(lengthList);
      return;
    }
    const previous = (lengthList.querySelector('input:checked') as HTMLInputElement | null)?.value;
    const chosen = scenario.lengths.some((l) => l.id === previous) ? previous : scenario.lengths[0]?.id;
    replaceChildren(
      lengthList,
      ...scenario.lengths.map((l) =>
        h(
          'label',
          { class: 'choice' },
          h('input', { attrs: { type: 'radio', name: 'length', value: l.id, checked: l.id === chosen } }),
          h('span', { class: 'choice-title' }, l.label),
          h(
            'span',
            { class: 'choice-body' },
            t('setup.length-option', {
              minutes: l.minutes,
              rounds: l.rounds.length,
              seconds: l.deliberationSeconds,
            }),
          ),
        ),
      ),
    );
  };

  const chooseFirstPlayable = () => {
    if (playable(current())) return;
    selected = options.find((o) => playable(o))?.key ?? '';
  };

  // Bundled scenarios load in parallel; the list is drawn as each one arrives.
  deps.catalog.forEach(async (entry, i) => {
    const option = options[i];
    if (!option) return;
    option.parsed = await entry.load();
    chooseFirstPlayable();
    renderScenarios();
    renderLengths();
  });

  const fileOpened = (fileName: string, parsed: Parsed<Scenario>) => {
    // A newer file replaces an earlier one, so the list never fills with failed attempts.
    const key = 'file';
    const existing = options.findIndex((o) => o.key === key);
    const option: Option = { key, fileName, parsed };
    if (existing >= 0) options[existing] = option;
    else options.push(option);
    if (parsed.ok) selected = key;
    else chooseFirstPlayable();
    renderScenarios();
    renderLengths();
    const focusTarget = parsed.ok
      ? scenarioList.querySelector<HTMLInputElement>(`input[value="${key}"]`)
      : scenarioList.querySelector<HTMLElement>('.problems');
    if (focusTarget && !parsed.ok) focusTarget.setAttribute('tabindex', '-1');
    focusTarget?.focus();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    seedError.hidden = true;
    startError.hidden = true;
    seedInput.removeAttribute('aria-invalid');
    const scenario = playable(current());
    if (!scenario) {
      startError.textContent = t('setup.choose-scenario');
      startError.hidden = false;
      fileButton.focus();
      return;
    }
    const seed = parseSeed(seedInput.value, randomSeed);
    if (seed === undefined) {
      seedError.textContent = t('setup.seed-invalid');
      seedError.hidden = false;
      seedInput.setAttribute('aria-invalid', 'true');
      seedInput.focus();
      return;
    }
    const length = (lengthList.querySelector('input:checked') as HTMLInputElement | null)?.value;
    deps.onStart({ scenario, length: length ?? scenario.lengths[0]?.id ?? '', seed });
  });
  back.addEventListener('click', () => deps.onBack());

  renderScenarios();
  return { name: 'setup', title: t('setup.screen'), element, focusTarget: heading };
}
