/**
 * The briefing: the situation, the seat the class plays, a card for each role at the table
 * (goals, worries, red lines, the decision it owns), the meters and the ladder ahead.
 */

import type { Scenario } from '../engine/scenario-schema';
import { endingLines } from '../view/ending-lines';
import { lineMeaning } from '../view/ending-words';
import type { Locale } from '../view/locale';
import { labelOf } from '../view/refusal-words';
import { h } from './dom';
import type { Screen } from './screen';

export interface BriefingDeps {
  locale: Locale;
  scenario: Scenario;
  seat: string;
  length: string;
  /** Seconds to talk before each decision, as this game was set up (a class may change the scenario's default). */
  seconds: number;
  onBack(): void;
  onStart(): void;
  /** The glossary and the Sources page, as known at the start of play. */
  onGlossary(): void;
  onSources(): void;
  /** The text size and calm animations, to set before the table (which is built while this is read). */
  onSettings(): void;
}

type Brief = NonNullable<Scenario['seats'][number]['brief']>;

function briefList(title: string, items: readonly string[]): Node[] {
  if (items.length === 0) return [];
  return [h('h4', {}, title), h('ul', {}, ...items.map((x) => h('li', {}, x)))];
}

function roleCard(locale: Locale, label: string, brief: Brief): HTMLElement {
  const { t } = locale;
  return h(
    'article',
    { class: 'role-card' },
    h('h3', {}, label),
    h('p', {}, brief.summary),
    h('p', { class: 'owns' }, t('briefing.role-owns', { owns: brief.owns })),
    ...briefList(t('briefing.goals'), brief.goals),
    ...briefList(t('briefing.worries'), brief.worries),
    ...briefList(t('briefing.red-lines'), brief.redLines),
  );
}

export function briefingScreen(deps: BriefingDeps): Screen {
  const { t } = deps.locale;
  const s = deps.scenario;
  const seat = s.seats.find((x) => x.id === deps.seat);
  const length = s.lengths.find((l) => l.id === deps.length) ?? s.lengths[0];
  const ladder = s.ladders.find((l) => l.owner === deps.seat) ?? s.ladders[0];
  const heading = h('h1', { id: 'briefing-heading', attrs: { tabindex: -1 } }, t('briefing.heading'));
  const start = h(
    'button',
    { class: 'btn btn-primary', id: 'briefing-start', attrs: { type: 'button' } },
    t('briefing.start'),
  );
  const back = h('button', { class: 'btn', id: 'briefing-back', attrs: { type: 'button' } }, t('briefing.back'));
  start.addEventListener('click', () => deps.onStart());
  back.addEventListener('click', () => deps.onBack());

  const roles = seat?.roles ?? [];
  const element = h(
    'section',
    { class: 'screen briefing-screen', id: 'briefing-screen', attrs: { 'aria-labelledby': 'briefing-heading' } },
    h(
      'div',
      { class: 'sheet' },
      h('p', { class: 'kicker' }, s.title),
      heading,
      h('p', { class: 'lede' }, s.summary),
      length
        ? h(
            'p',
            {},
            t('briefing.rounds', {
              rounds: length.rounds.length,
              minutes: length.minutes,
              seconds: deps.seconds,
            }),
          )
        : null,
      h('h2', {}, t('briefing.your-seat')),
      h('p', {}, h('strong', {}, seat?.label ?? deps.seat), ' — ', seat?.description ?? ''),
      seat?.brief ? h('div', { class: 'role-grid' }, roleCard(deps.locale, seat.label, seat.brief)) : null,
      roles.length > 0 ? h('h2', {}, t('briefing.roles')) : null,
      roles.length > 0
        ? h('div', { class: 'role-grid' }, ...roles.map((r) => roleCard(deps.locale, r.label, r.brief)))
        : null,
      briefColumns(deps.locale, s, ladder),
      ...howToPlay(deps.locale, s),
      h('div', { class: 'screen-actions' }, back, ...referenceButtons(deps), start),
    ),
  );
  return { name: 'briefing', title: t('briefing.screen'), element, focusTarget: heading, back: deps.onBack };
}

/** Where an ending cuts the game short, meter by meter: the class knows the lines before round 1. */
function endingsToWatch(locale: Locale, s: Scenario): HTMLElement[] {
  const early = endingLines(s).filter((l) => l.early);
  if (early.length === 0) return [];
  return [
    h('h3', {}, locale.t('watch.heading')),
    h(
      'ul',
      { class: 'meter-list watch-list', id: 'briefing-watch' },
      ...early.map((l) => h('li', {}, h('strong', {}, labelOf(s.meters, l.meter)), ' ', lineMeaning(l, s, locale.t))),
    ),
  ];
}

/** The meters to watch and the ladder ahead, side by side. */
function briefColumns(locale: Locale, s: Scenario, ladder: Scenario['ladders'][number] | undefined): HTMLElement {
  const { t } = locale;
  return h(
    'div',
    { class: 'brief-columns' },
    h(
      'div',
      {},
      h('h2', {}, t('briefing.meters')),
      h(
        'ul',
        { class: 'meter-list' },
        ...s.meters.map((m) =>
          h(
            'li',
            {},
            h('strong', {}, m.label),
            h('span', { class: 'tag' }, t(m.better === 'higher' ? 'briefing.better-higher' : 'briefing.better-lower')),
            ' ',
            m.description,
          ),
        ),
      ),
      ...endingsToWatch(locale, s),
    ),
    ladder
      ? h(
          'div',
          {},
          h('h2', {}, t('briefing.ladder'), ': ', ladder.label),
          h('p', {}, ladder.description),
          h(
            'ol',
            { class: 'ladder-list' },
            ...ladder.rungs.map((r) =>
              h(
                'li',
                {},
                h('strong', {}, r.label),
                h('span', { class: 'tag' }, ladder.tiers.find((x) => x.id === r.tier)?.label ?? r.tier),
                r.id === ladder.start
                  ? h('span', { class: 'tag' }, t('briefing.ladder-start', { rung: r.label }))
                  : null,
                ' ',
                r.description,
              ),
            ),
          ),
        )
      : null,
  );
}

/** How a round is played, in four steps. */
function howToPlay(locale: Locale, s: Scenario): HTMLElement[] {
  const { t } = locale;
  return [
    h('h2', {}, t('briefing.how')),
    h(
      'ol',
      { class: 'how-list' },
      h('li', {}, t('briefing.how-brief')),
      h('li', {}, t('briefing.how-deliberate')),
      h('li', {}, t('briefing.how-decide', { cards: s.rules.cardsPerRound, capital: s.capital.label })),
      h('li', {}, t('briefing.how-resolve')),
    ),
  ];
}

/** The way to the glossary, the sources and the settings, beside the way on. */
function referenceButtons(deps: BriefingDeps): HTMLButtonElement[] {
  const { t } = deps.locale;
  const glossary = h(
    'button',
    { class: 'btn', id: 'briefing-glossary', attrs: { type: 'button' } },
    t('glossary.open'),
  );
  const sources = h('button', { class: 'btn', id: 'briefing-sources', attrs: { type: 'button' } }, t('sources.open'));
  const settings = h(
    'button',
    { class: 'btn', id: 'briefing-settings', attrs: { type: 'button' } },
    t('settings.heading'),
  );
  glossary.addEventListener('click', () => deps.onGlossary());
  sources.addEventListener('click', () => deps.onSources());
  settings.addEventListener('click', () => deps.onSettings());
  return [glossary, sources, settings];
}
