/**
 * The setup screen: choose a bundled scenario or open a scenario file (its problems listed,
 * path by path, when it is broken), a length, and an optional seed. Bundled scenarios are
 * listed by their cards; only the one chosen is loaded.
 */

import type { Parsed } from '../engine/problems';
import type { Scenario } from '../engine/scenario-schema';
import { type CatalogEntry, notLoaded, type ScenarioCard } from '../session/scenario-library';
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
  card?: ScenarioCard;
  /** Its contents checked; null until loaded. */
  parsed: Parsed<Scenario> | null;
  /** The bundled scenario's load, once asked for. */
  loading?: Promise<unknown>;
  load?: () => Promise<Parsed<Scenario>>;
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
  const form = new SetupForm(deps);
  form.chooseFirstPlayable();
  form.renderScenarios();
  return {
    name: 'setup',
    title: deps.locale.t('setup.screen'),
    element: form.element,
    focusTarget: form.heading,
    back: deps.onBack,
  };
}

/** The form's parts and the scenario chosen; each list is drawn again when what it shows changes. */
class SetupForm {
  readonly options: Option[];
  readonly heading: HTMLElement;
  readonly element: HTMLElement;
  private selected = '';
  /** Whether the player chose a scenario (a radio or a file), rather than the form's first pick. */
  private picked = false;
  /** Start was pressed while the chosen scenario was still loading. */
  private waitingToStart = false;
  private readonly scenarioList = h('div', { class: 'choice-list', id: 'scenario-list' });
  private readonly lengthList = h('div', { class: 'choice-list', id: 'length-list' });
  private readonly fileButton: HTMLButtonElement;
  private readonly seedInput: HTMLInputElement;
  private readonly seedError = h('p', { class: 'field-error', id: 'seed-error', attrs: { hidden: true } });
  private readonly startError = h('p', {
    class: 'field-error',
    id: 'start-error',
    attrs: { hidden: true, role: 'alert' },
  });

  constructor(private readonly deps: SetupDeps) {
    const { t } = deps.locale;
    this.options = deps.catalog.map((c) => ({ key: `bundled:${c.folder}`, card: c.card, parsed: null, load: c.load }));
    this.heading = h('h1', { id: 'setup-heading', attrs: { tabindex: -1 } }, t('setup.heading'));
    const picker = scenarioFilePicker(t, '', (fileName, parsed) => this.fileOpened(fileName, parsed));
    this.fileButton = picker.button;
    this.seedInput = h('input', {
      id: 'seed',
      attrs: { type: 'text', inputmode: 'numeric', autocomplete: 'off', 'aria-describedby': 'seed-hint seed-error' },
    });
    const start = h(
      'button',
      { class: 'btn btn-primary', id: 'setup-start', attrs: { type: 'submit' } },
      t('setup.start'),
    );
    const back = h('button', { class: 'btn', id: 'setup-back', attrs: { type: 'button' } }, t('setup.back'));
    back.addEventListener('click', () => deps.onBack());
    const form = h(
      'form',
      { attrs: { novalidate: true } },
      h(
        'fieldset',
        {},
        h('legend', {}, t('setup.scenario')),
        this.scenarioList,
        picker.row,
        picker.input,
        picker.status,
      ),
      h('fieldset', {}, h('legend', {}, t('setup.length')), this.lengthList),
      h(
        'div',
        { class: 'seed-row' },
        h('h2', {}, h('label', { attrs: { for: 'seed' } }, t('setup.seed'))),
        this.seedInput,
        h('p', { class: 'field-hint', id: 'seed-hint' }, t('setup.seed-hint')),
        this.seedError,
      ),
      this.startError,
      h('div', { class: 'screen-actions' }, back, start),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.submit();
    });
    this.element = h(
      'section',
      { class: 'screen setup-screen', id: 'setup-screen', attrs: { 'aria-labelledby': 'setup-heading' } },
      h('div', { class: 'sheet' }, this.heading, form),
    );
  }

  private current(): Option | undefined {
    return this.options.find((o) => o.key === this.selected);
  }

  /**
   * Until the player picks one, the first scenario in the catalog's order that has not failed to
   * load is chosen (and loaded); a choice the player made stands while it can be played.
   */
  chooseFirstPlayable(): void {
    const current = this.current();
    if (this.picked && current && !failed(current)) return;
    const first = this.options.find((o) => !failed(o));
    this.selected = first?.key ?? '';
    if (first) this.loadOption(first);
  }

  /** Loads a bundled scenario once; the lists are drawn again when it arrives (or fails). */
  private loadOption(o: Option): Promise<unknown> {
    if (o.parsed || !o.load) return Promise.resolve();
    o.loading ??= o.load().then((parsed) => {
      o.parsed = parsed;
      o.loading = undefined;
      this.chooseFirstPlayable();
      this.renderScenarios();
      this.renderLengths();
    });
    return o.loading;
  }

  renderScenarios(): void {
    const { t } = this.deps.locale;
    if (this.options.length === 0) {
      replaceChildren(this.scenarioList, h('p', { class: 'field-hint' }, t('setup.no-bundled')));
      return;
    }
    // A scenario that arrives late redraws the list; whatever had focus in it keeps it.
    const active = document.activeElement;
    const focusedItem = active instanceof HTMLElement ? active.closest<HTMLElement>('[data-option]') : null;
    const focusedPart = active instanceof HTMLInputElement ? 'input' : '.problems';
    replaceChildren(this.scenarioList, ...this.options.map((o) => this.scenarioItem(o)));
    if (focusedItem) {
      const again = this.scenarioList.querySelector<HTMLElement>(
        `[data-option="${focusedItem.dataset.option ?? ''}"] ${focusedPart}`,
      );
      if (again && focusedPart !== 'input') again.tabIndex = -1;
      again?.focus();
    }
  }

  private scenarioItem(o: Option): HTMLElement {
    const { t } = this.deps.locale;
    const parsed = o.parsed;
    const scenario = parsed?.ok ? parsed.value : undefined;
    const radio = h('input', {
      attrs: { type: 'radio', name: 'scenario', value: o.key, checked: o.key === this.selected, disabled: failed(o) },
    });
    radio.addEventListener('change', () => {
      this.selected = o.key;
      this.picked = true;
      void this.loadOption(o);
      this.renderLengths();
    });
    const title = scenario?.title ?? o.card?.title ?? o.fileName ?? o.key.replace(/^bundled:/, '');
    const version = scenario ? ` (${t('setup.version', { version: scenario.version })})` : '';
    const summary = o.card
      ? [
          h('span', { class: 'choice-pitch' }, o.card.pitch + version),
          h(
            'span',
            { class: 'choice-facts' },
            t('setup.card-facts', { minutes: o.card.minutes.join(` ${t('setup.or')} `), level: o.card.level }),
          ),
        ]
      : scenario
        ? [scenario.summary + version]
        : [];
    const notes: Node[] = [];
    if (parsed && !parsed.ok)
      notes.push(
        problemsBox(
          t,
          o.fileName
            ? t('setup.file-problems', { file: o.fileName, count: parsed.problems.length })
            : notLoaded(parsed.problems)
              ? t('setup.bundled-not-loaded', {
                  advice: t(navigator.onLine ? 'offline.advice-online' : 'offline.advice-offline'),
                })
              : t('setup.bundled-problems', { count: parsed.problems.length }),
          parsed.problems,
        ),
      );
    if (parsed?.ok && parsed.warnings.length > 0)
      notes.push(problemsBox(t, t('setup.warnings', { count: parsed.warnings.length }), parsed.warnings, true));
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
          ...summary,
          o.fileName ? h('span', { class: 'tag' }, t('setup.from-file', { file: o.fileName })) : null,
        ),
      ),
      ...notes,
    );
  }

  renderLengths(): void {
    const { t } = this.deps.locale;
    const scenario = playable(this.current());
    if (!scenario) {
      replaceChildren(this.lengthList);
      return;
    }
    const previous = (this.lengthList.querySelector('input:checked') as HTMLInputElement | null)?.value;
    const chosen = scenario.lengths.some((l) => l.id === previous) ? previous : scenario.lengths[0]?.id;
    replaceChildren(
      this.lengthList,
      ...scenario.lengths.map((l) =>
        h(
          'label',
          { class: 'choice' },
          h('input', { attrs: { type: 'radio', name: 'length', value: l.id, checked: l.id === chosen } }),
          h('span', { class: 'choice-title' }, l.label),
          h(
            'span',
            { class: 'choice-body' },
            t('setup.length-option', { minutes: l.minutes, rounds: l.rounds.length, seconds: l.deliberationSeconds }),
          ),
        ),
      ),
    );
  }

  private fileOpened(fileName: string, parsed: Parsed<Scenario>): void {
    // A newer file replaces an earlier one, so the list never fills with failed attempts.
    const key = 'file';
    const existing = this.options.findIndex((o) => o.key === key);
    const option: Option = { key, fileName, parsed };
    if (existing >= 0) this.options[existing] = option;
    else this.options.push(option);
    if (parsed.ok) {
      this.selected = key;
      this.picked = true;
    } else this.chooseFirstPlayable();
    this.renderScenarios();
    this.renderLengths();
    const focusTarget = parsed.ok
      ? this.scenarioList.querySelector<HTMLInputElement>(`input[value="${key}"]`)
      : this.scenarioList.querySelector<HTMLElement>('.problems');
    if (focusTarget && !parsed.ok) focusTarget.setAttribute('tabindex', '-1');
    focusTarget?.focus();
  }

  private submit(): void {
    // A bundled scenario still arriving: start once it is here (or say why it cannot be).
    const loading = this.current()?.loading;
    if (loading) {
      if (this.waitingToStart) return;
      this.waitingToStart = true;
      void loading.then(() => {
        this.waitingToStart = false;
        this.submit();
      });
      return;
    }
    const { t } = this.deps.locale;
    const { seedError, startError, seedInput } = this;
    seedError.hidden = true;
    startError.hidden = true;
    seedInput.removeAttribute('aria-invalid');
    const scenario = playable(this.current());
    if (!scenario) {
      startError.textContent = t('setup.choose-scenario');
      startError.hidden = false;
      this.fileButton.focus();
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
    const length = (this.lengthList.querySelector('input:checked') as HTMLInputElement | null)?.value;
    this.deps.onStart({ scenario, length: length ?? scenario.lengths[0]?.id ?? '', seed });
  }
}

/** A scenario that was loaded, or read from a file, and cannot be played. */
function failed(o: Option): boolean {
  return o.parsed !== null && !o.parsed.ok;
}

function playable(o: Option | undefined): Scenario | undefined {
  return o?.parsed?.ok ? o.parsed.value : undefined;
}
