/**
 * The ending, and the way into the debrief: which ending was reached and why it reads as it
 * does, each objective's score, the path taken on every ladder, the meters from start to end,
 * and the scenario's discussion questions.
 */

import type { Scenario } from '../engine/scenario-schema';
import type { GameView } from '../session/session';
import type { Locale } from '../view/locale';
import { labelOf } from '../view/refusal-words';
import { stakesModel } from '../view/stakes-model';
import { causeText } from '../view/words';
import { h } from './dom';
import type { Screen } from './screen';

export interface EndingDeps {
  locale: Locale;
  scenario: Scenario;
  /** The finished game's view: its `outcome` holds the scores and the paths. */
  view: GameView;
  /** Why the game ended before its last round (null: it ran its course, or was ended by hand). */
  early: string | null;
  onHistory(): void;
  /** Opens the full debrief: charts, the timeline beside what actually happened, exports. */
  onDebrief(): void;
  /** Every source of the scenario, now that the game is over. */
  onSources(): void;
  onAgain(): void;
  onTitle(): void;
}

export function endingScreen(deps: EndingDeps): Screen {
  const { t } = deps.locale;
  const s = deps.scenario;
  const ctx = deps.view;
  const ending = s.endings.find((e) => e.id === ctx.ending);
  const heading = h('h1', { id: 'ending-heading', attrs: { tabindex: -1 } }, ending?.label ?? ctx.ending);

  const scores = ctx.outcome?.scores ?? [];
  const paths = s.ladders.map((ladder) => ladderPath(deps, ladder));

  const button = (id: string, label: string, action: () => void, primary = false) => {
    const b = h('button', { class: primary ? 'btn btn-primary' : 'btn', id, attrs: { type: 'button' } }, label);
    b.addEventListener('click', action);
    return b;
  };

  const element = h(
    'section',
    { class: 'screen ending-screen', id: 'ending-screen', attrs: { 'aria-labelledby': 'ending-heading' } },
    h(
      'div',
      { class: 'sheet' },
      h(
        'div',
        { class: 'ending-head' },
        h('p', { class: 'kicker' }, t('ending.kicker', { round: ctx.round })),
        heading,
        h('p', { class: 'lede' }, ending?.text ?? ''),
        deps.early === null ? null : h('p', { class: 'ending-early', id: 'ending-early' }, deps.early),
        aftermathNote(deps),
      ),
      scores.length > 0 ? h('h2', {}, t('ending.objectives')) : null,
      scores.length > 0
        ? h(
            'ul',
            { class: 'score-list' },
            ...scores.map((o) =>
              h(
                'li',
                { class: 'score-row' },
                h('span', {}, h('strong', {}, o.label), h('br', {}), h('small', {}, o.description)),
                h('span', { class: 'score-bar', attrs: { 'aria-hidden': 'true' } }, scoreFill(o.score)),
                h('span', {}, t('ending.score', { score: o.score })),
              ),
            ),
          )
        : null,
      h('h2', {}, t('ending.path')),
      ...paths,
      h('h2', {}, t('ending.meters')),
      meterTable(deps),
      s.debrief.questions.length > 0 ? h('h2', {}, t('ending.questions')) : null,
      s.debrief.questions.length > 0 ? h('ol', {}, ...s.debrief.questions.map((q) => h('li', {}, q.text))) : null,
      h(
        'div',
        { class: 'screen-actions' },
        button('ending-history', t('ending.history'), deps.onHistory),
        button('ending-debrief', t('ending.debrief'), deps.onDebrief),
        button('ending-sources', t('sources.open'), deps.onSources),
        button('ending-title', t('ending.title'), deps.onTitle),
        button('ending-again', t('ending.again'), deps.onAgain, true),
      ),
    ),
  );
  return { name: 'ending', title: t('ending.screen'), element, focusTarget: heading, back: deps.onTitle };
}

/** When the bots played an aftermath: that it was a projection, not play, and whether the ending came in it. */
function aftermathNote(deps: EndingDeps): HTMLElement | null {
  const { t } = deps.locale;
  const aftermath = stakesModel(deps.scenario, deps.view).aftermath;
  if (aftermath === null) return null;
  const periods = aftermath.rounds.map((r) => r.label).join(', ');
  // An ending checked at any time that came in an aftermath round was reached in the projection.
  const ending = deps.scenario.endings.find((e) => e.id === deps.view.ending);
  const inIt = ending?.at === 'any' && aftermath.rounds.some((r) => r.round === deps.view.round);
  return h(
    'p',
    { class: 'ending-aftermath', id: 'ending-aftermath' },
    t('council.debrief.aftermath-text', { count: aftermath.rounds.length, periods }),
    inIt ? ` ${t('council.debrief.aftermath-ending')}` : '',
  );
}

function scoreFill(score: number): HTMLElement {
  const fill = h('span');
  fill.style.width = `${Math.max(0, Math.min(100, score))}%`;
  return fill;
}

/** The path one ladder took, step by step with each step's cause. */
function ladderPath(deps: EndingDeps, ladder: Scenario['ladders'][number]): HTMLElement {
  const { t } = deps.locale;
  const s = deps.scenario;
  const ctx = deps.view;
  const steps = ctx.outcome?.paths[ladder.id] ?? [];
  const rung = (id: string) => labelOf(ladder.rungs, id);
  return h(
    'div',
    {},
    h('h3', {}, ladder.label),
    steps.length === 0
      ? h('p', {}, t('ending.path-none', { ladder: ladder.label, rung: rung(ladder.start) }))
      : h(
          'ol',
          { class: 'path-list' },
          ...steps.map((step) =>
            h(
              'li',
              { class: step.down ? 'down' : 'up' },
              h('span', { class: 'sr-only' }, t(step.down ? 'ending.path-down' : 'ending.path-up'), ': '),
              t('ending.path-step', {
                round: step.round,
                from: rung(step.from),
                to: rung(step.to),
                cause: causeText(step.cause, s, ctx.log, deps.locale),
              }),
            ),
          ),
        ),
  );
}

/** Each meter from its start to its end. */
function meterTable(deps: EndingDeps): HTMLElement {
  const { t } = deps.locale;
  const s = deps.scenario;
  const ctx = deps.view;
  return h(
    'table',
    { class: 'meter-table' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { attrs: { scope: 'col' } }, t('ending.meter-col-label')),
        h('th', { class: 'num', attrs: { scope: 'col' } }, t('ending.meter-col-start')),
        h('th', { class: 'num', attrs: { scope: 'col' } }, t('ending.meter-col-end')),
        h('th', { class: 'num', attrs: { scope: 'col' } }, t('ending.meter-col-change')),
      ),
    ),
    h(
      'tbody',
      {},
      ...s.meters.map((m) => {
        const end = ctx.meters[m.id] ?? m.start;
        const delta = end - m.start;
        return h(
          'tr',
          {},
          h('th', { attrs: { scope: 'row' } }, m.label),
          h('td', { class: 'num' }, m.start),
          h('td', { class: 'num' }, end),
          h('td', { class: 'num' }, delta > 0 ? `▲ +${delta}` : delta < 0 ? `▼ ${delta}` : '0'),
        );
      }),
    ),
  );
}
