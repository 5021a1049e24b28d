/**
 * The debrief screen, loaded only when a game reaches it: the ending and each objective's
 * score, the ladders drawn as statecharts with the path taken, the meters over the rounds, the
 * timeline of every round beside what actually happened with its sources, the decisions with
 * their rationales, the discussion questions, the other donors' ladders, and the exports.
 */

import { readableDate } from '../../view/language';
import { under } from '../../view/locale';
import { stakesSection } from './stakes-section';
import './debrief.css';
import type { ScenarioIndex } from '../../engine/scenario-index';
import type { GameView, Save } from '../../session/session';
import type { CaseComparison } from '../../view/case-comparison';
import { type DebriefModel, debriefModel, sourceText } from '../../view/debrief-model';
import type { Say } from '../classroom/say';
import { h, setText } from '../dom';
import { type CSV_COLUMNS, decisionsCsv } from '../export/csv';
import { download, fileName } from '../export/download';
import { debriefMarkdown } from '../export/markdown';
import { actualLegend, actualPathList, counterpartNotes } from './actual-path';
import { caseComparisonSections } from './case-comparison';
import { ladderDiagram } from './ladder-diagram';
import { meterCharts } from './meter-charts';
import { sourcesLine } from './sources-line';

export interface DebriefOptions {
  index: ScenarioIndex;
  /** The finished game as the facilitator sees it. */
  view: GameView;
  /** The game's save (seed and events), for the JSON export. */
  save(): Promise<Save>;
  /** The save's events, so the record keeps the decisions the facilitator took back. */
  events?: Save['events'];
  say: Say;
  /** The locale's whole dictionary, for the timeline's sentences, and its language, for the dates. */
  words: Parameters<typeof debriefModel>[2];
  /** The session's name, for the exported files' names. */
  name: string;
  /** The back button's words, when it leads elsewhere than the title. */
  backLabel?: string;
  onBack(): void;
  /** Opens the Sources page, every source listed now that the game is over. */
  onSources?(): void;
  /** False on a screen that shows the debrief without handing out its files (a class's projector). */
  exports?: boolean;
  /** This case set beside the other cases, when they could be loaded. */
  cases?: CaseComparison[];
}

/** Builds the screen; the meter charts fill in once their library has loaded. */
export function debriefScreen(options: DebriefOptions): HTMLElement {
  const { say } = options;
  const d = under(say, 'classroom.debrief');
  const model: DebriefModel = {
    ...debriefModel(options.index, options.view, options.words, options.events),
    ...(options.cases === undefined ? {} : { cases: options.cases }),
  };
  const exports = options.exports === false ? null : exportBar(options, model);
  const ending = endingSection(model, say);
  const ladders = laddersSection(model, say);
  const charts = h('div', { class: 'debrief-meters-body' });
  const meters = h(
    'section',
    { class: 'debrief-meters', attrs: { 'aria-labelledby': 'debrief-meters-title' } },
    h('h2', { id: 'debrief-meters-title' }, d('meters')),
    charts,
  );

  const timeline = timelineSection(model, say);
  const decisions = decisionsSection(model, say);
  const questions = questionsSection(model, say);
  const comparisons = comparisonsSection(model, say);
  const back = h(
    'button',
    { class: 'btn', id: 'debrief-back', attrs: { type: 'button' } },
    options.backLabel ?? d('back'),
  );
  back.addEventListener('click', () => options.onBack());

  const screen = h(
    'section',
    { class: 'screen debrief-screen', id: 'debrief-screen', attrs: { 'aria-labelledby': 'debrief-title' } },
    h(
      'div',
      { class: 'sheet debrief-sheet' },
      h('p', { class: 'kicker' }, model.title),
      h('h1', { id: 'debrief-title', attrs: { tabindex: -1 } }, d('title')),
      h('p', { class: 'lede' }, d('subtitle', { title: model.title, length: model.length, seed: model.seed })),
      exports,
      ending,
      stakesSection(model.own, say),
      ladders,
      meters,
      timeline,
      decisions,
      questions,
      comparisons,
      ...caseComparisonSections(model.cases ?? [], say, model.lang),
      h('div', { class: 'screen-actions' }, sourcesButton(options), back),
    ),
  );
  // Charts need the screen in the page to measure their width; they load after the first paint.
  requestAnimationFrame(() => {
    void meterCharts(charts, model, say).catch((error: unknown) => {
      // Without the chart library (a dropped network), the table of values still tells the story: say so.
      const reason = error instanceof Error ? error.message : String(error);
      charts.append(
        h('p', { class: 'field-hint', attrs: { role: 'status' } }, say('offline.charts-failed', { reason })),
      );
    });
  });
  return screen;
}

/** The ending reached, each objective's score, and the teams. */
function endingSection(model: DebriefModel, say: Say): HTMLElement {
  const d = under(say, 'classroom.debrief');
  return h(
    'section',
    { class: 'debrief-ending', attrs: { 'aria-labelledby': 'debrief-ending-title' } },
    h('h2', { id: 'debrief-ending-title' }, d('ending')),
    model.ending
      ? h(
          'div',
          { class: 'ending-card' },
          h('p', { class: 'ending-label' }, model.ending.label),
          h('p', {}, model.ending.text),
          model.ending.early ? h('p', { class: 'field-hint' }, d('ending-early', { round: model.ending.round })) : null,
          model.ending.why === null ? null : h('p', { class: 'ending-early' }, model.ending.why),
        )
      : h('p', {}, d('no-ending')),
    model.scores.length === 0
      ? null
      : h(
          'div',
          {},
          h('h3', {}, d('scores')),
          h(
            'ul',
            { class: 'score-list' },
            ...model.scores.map((s) =>
              h(
                'li',
                { class: 'score' },
                h('span', { class: 'score-label' }, d('score', { label: s.label, score: s.score })),
                h(
                  'span',
                  { class: 'score-bar', attrs: { 'aria-hidden': 'true' } },
                  h('span', {
                    class: 'score-fill',
                    attrs: { style: `width: ${Math.max(0, Math.min(100, s.score))}%` },
                  }),
                ),
                h('span', { class: 'field-hint' }, s.description),
              ),
            ),
          ),
        ),
    model.teams.length === 0
      ? null
      : h(
          'div',
          {},
          h('h3', {}, d('teams')),
          h(
            'ul',
            { class: 'debrief-teams' },
            ...model.teams.map((team) =>
              h(
                'li',
                {},
                d(team.role === '' ? 'team' : 'team-role', { name: team.name, seat: team.seat, role: team.role }),
              ),
            ),
          ),
        ),
  );
}

/** Each ladder drawn as its statechart, with the path taken as text beside it. */
function laddersSection(model: DebriefModel, say: Say): HTMLElement {
  const d = under(say, 'classroom.debrief');
  return h(
    'section',
    { class: 'debrief-ladders', attrs: { 'aria-labelledby': 'debrief-ladders-title' } },
    h('h2', { id: 'debrief-ladders-title' }, d('ladders')),
    h(
      'ul',
      { class: 'ladder-legend' },
      h('li', {}, h('span', { class: 'legend-swatch visited', attrs: { 'aria-hidden': 'true' } }), d('legend-visited')),
      h('li', {}, h('span', { class: 'legend-token', attrs: { 'aria-hidden': 'true' } }), d('legend-current')),
      h('li', {}, h('span', { class: 'legend-line up', attrs: { 'aria-hidden': 'true' } }), d('legend-up')),
      h('li', {}, h('span', { class: 'legend-line down', attrs: { 'aria-hidden': 'true' } }), d('legend-down')),
      h('li', {}, h('span', { class: 'legend-line open', attrs: { 'aria-hidden': 'true' } }), d('legend-open')),
      ...actualLegend(model.actualPath, say),
    ),
    h(
      'div',
      { class: 'ladder-grid' },
      ...model.ladders.map((ladder, i) => {
        const rung = (id: string) => ladder.rungs.find((r) => r.id === id)?.label ?? id;
        const actual = model.actualPath?.ladder === ladder.id ? model.actualPath : undefined;
        return h(
          'figure',
          { class: actual ? 'ladder-figure with-actual' : 'ladder-figure' },
          h('figcaption', {}, h('strong', {}, ladder.label)),
          ladderDiagram(ladder, say, model.lang, `ladder-${i}`, actual),
          h('h3', {}, d('ladder-path')),
          ladder.path.length === 0
            ? h('p', {}, d('ladder-path-none'))
            : h(
                'ol',
                { class: 'ladder-path' },
                ...ladder.path.map((p) =>
                  h(
                    'li',
                    { class: p.down ? 'down' : 'up' },
                    `${p.down ? '↓' : '↑'} `,
                    d('ladder-step', {
                      round: p.round,
                      from: rung(p.from),
                      to: rung(p.to),
                      direction: d(p.down ? 'step-down' : 'step-up'),
                    }),
                  ),
                ),
              ),
          actual ? actualPathList(actual, say, model.lang) : null,
        );
      }),
    ),
  );
}

/** Every round's story beside what actually happened, with its sources. */
function timelineSection(model: DebriefModel, say: Say): HTMLElement {
  const d = under(say, 'classroom.debrief');
  return h(
    'section',
    { class: 'debrief-timeline', attrs: { 'aria-labelledby': 'debrief-timeline-title' } },
    h('h2', { id: 'debrief-timeline-title' }, d('timeline')),
    ...model.rounds.map((round) =>
      h(
        'article',
        { class: 'debrief-round', attrs: { 'aria-labelledby': `debrief-round-${round.round}` } },
        h('h3', { id: `debrief-round-${round.round}` }, d('round', { round: round.round, label: round.label })),
        h(
          'div',
          { class: 'debrief-round-body' },
          h(
            'ul',
            { class: 'timeline-lines' },
            ...round.lines
              .filter((l) => l.depth > 0)
              .map((l) => h('li', { class: `depth-${l.depth} kind-${l.kind}` }, l.text)),
          ),
          round.actually
            ? h(
                'aside',
                { class: 'actually', attrs: { 'aria-label': d('actually') } },
                h('h4', {}, d('actually')),
                h('p', {}, round.actually.text),
                round.actually.sources.length === 0
                  ? null
                  : h(
                      'p',
                      { class: 'sources' },
                      `${d('sources')}: `,
                      ...round.actually.sources.flatMap((s, i) => [i > 0 ? '; ' : '', sourceText(s, model.lang)]),
                    ),
              )
            : null,
          ...counterpartNotes(model.counterparts, round.round, say, model.lang),
        ),
      ),
    ),
  );
}

/** The decisions with their rationales, one row each. */
function decisionsSection(model: DebriefModel, say: Say): HTMLElement {
  const d = under(say, 'classroom.debrief');
  return h(
    'section',
    { class: 'debrief-decisions', attrs: { 'aria-labelledby': 'debrief-decisions-title' } },
    h('h2', { id: 'debrief-decisions-title' }, d('decisions')),
    model.decisions.length === 0
      ? h('p', {}, d('no-decisions'))
      : h(
          'table',
          { class: 'decisions-table' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ...(['round', 'team', 'label', 'rationale'] as const).map((c) =>
                h('th', { attrs: { scope: 'col' } }, say(`classroom.csv.${c}`)),
              ),
            ),
          ),
          h(
            'tbody',
            {},
            ...model.decisions.map((row) =>
              h(
                'tr',
                {},
                h('td', {}, `${row.round}: ${row.roundLabel}`),
                h('td', {}, row.team),
                h('td', {}, row.label),
                h('td', { class: 'rationale-cell' }, row.rationale),
              ),
            ),
          ),
        ),
    undoneList(model, say),
  );
}

/** The decisions the facilitator took back, each with the rationale it had. */
function undoneList(model: DebriefModel, say: Say): HTMLElement | null {
  if (model.undone.length === 0) return null;
  return h(
    'div',
    { class: 'debrief-undone' },
    h('h3', {}, say('record.undone')),
    h(
      'ul',
      {},
      ...model.undone.map((u) =>
        h(
          'li',
          {},
          say('record.undone-row', { round: u.round, team: u.team, label: u.label }),
          u.rationale === '' ? null : h('span', { class: 'field-hint' }, ` — ${u.rationale}`),
        ),
      ),
    ),
  );
}

/** The scenario's discussion questions. */
function questionsSection(model: DebriefModel, say: Say): HTMLElement | null {
  const d = under(say, 'classroom.debrief');
  return model.questions.length === 0
    ? null
    : h(
        'section',
        { class: 'debrief-questions', attrs: { 'aria-labelledby': 'debrief-questions-title' } },
        h('h2', { id: 'debrief-questions-title' }, d('questions')),
        h('ol', {}, ...model.questions.map((q) => h('li', {}, q.text))),
      );
}

/** The other donors' ladders, for comparison. */
function comparisonsSection(model: DebriefModel, say: Say): HTMLElement | null {
  const d = under(say, 'classroom.debrief');
  return model.comparisons.length === 0
    ? null
    : h(
        'section',
        { class: 'debrief-comparisons', attrs: { 'aria-labelledby': 'debrief-comparisons-title' } },
        h('h2', { id: 'debrief-comparisons-title' }, d('comparisons')),
        h(
          'div',
          { class: 'comparison-grid' },
          ...model.comparisons.map((c) =>
            h(
              'article',
              { class: 'comparison' },
              h('h3', {}, c.label),
              h(
                'ol',
                {},
                ...c.steps.map((s) =>
                  h(
                    'li',
                    {},
                    h('span', { class: 'comparison-date' }, readableDate(s.date, model.lang)),
                    ' ',
                    s.text,
                    sourcesLine(s.sources, d('sources'), say, model.lang),
                  ),
                ),
              ),
              c.sources.length === 0
                ? null
                : h(
                    'p',
                    { class: 'sources' },
                    `${d('sources')}: ${c.sources.map((s) => sourceText(s, model.lang)).join('; ')}`,
                  ),
            ),
          ),
        ),
      );
}

/** The exports: the handout as PDF (A4 or Letter), Markdown, the decisions as CSV, the save as JSON. */
function exportBar(options: DebriefOptions, model: DebriefModel): HTMLElement {
  const { say } = options;
  const d = under(say, 'classroom.debrief');
  // Until something is exported, the status line says where the files go.
  const status = h(
    'p',
    { class: 'export-status', id: 'export-status', attrs: { role: 'status', 'data-idle': '' } },
    d('export-hint'),
  );

  const exporter = (id: string, label: string, make: () => Promise<void> | void) => {
    const button = h('button', { class: 'btn btn-small', id, attrs: { type: 'button' } }, label);
    button.addEventListener('click', async () => {
      button.disabled = true;
      status.removeAttribute('data-idle');
      setText(status, d('exporting', { what: label }));
      try {
        await make();
        setText(status, d('exported', { what: label }));
      } catch (error) {
        setText(
          status,
          d('export-failed', { what: label, error: error instanceof Error ? error.message : String(error) }),
        );
      } finally {
        button.disabled = false;
      }
    });
    return button;
  };
  const pdf = (paper: 'a4' | 'letter') => async () => {
    const [{ debriefPdf }, { pdfFont }] = await Promise.all([import('../export/pdf'), import('../export/pdf-font')]);
    const bytes = await debriefPdf(model, say, paper, await pdfFont());
    download(fileName(`${options.name}-${paper}`, 'pdf'), bytes, 'application/pdf');
  };
  return h(
    'div',
    { class: 'export-bar', attrs: { role: 'group', 'aria-labelledby': 'export-title' } },
    h('h2', { id: 'export-title', class: 'export-title' }, d('export')),
    exporter('export-pdf-a4', d('export-pdf-a4'), pdf('a4')),
    exporter('export-pdf-letter', d('export-pdf-letter'), pdf('letter')),
    exporter('export-markdown', d('export-markdown'), () =>
      download(fileName(options.name, 'md'), debriefMarkdown(model, say), 'text/markdown;charset=utf-8'),
    ),
    exporter('export-csv', d('export-csv'), () =>
      download(
        fileName(options.name, 'csv'),
        decisionsCsv(model.decisions, (c: (typeof CSV_COLUMNS)[number]) => say(`classroom.csv.${c}`)),
        'text/csv;charset=utf-8',
      ),
    ),
    exporter('export-json', d('export-json'), async () =>
      download(
        fileName(options.name, 'json'),
        `${JSON.stringify(await options.save(), null, 2)}\n`,
        'application/json',
      ),
    ),
    status,
  );
}

/** The way to every source of the scenario, when the debrief offers it. */
function sourcesButton(options: DebriefOptions): HTMLElement | null {
  const open = options.onSources;
  if (!open) return null;
  const button = h(
    'button',
    { class: 'btn', id: 'debrief-sources', attrs: { type: 'button' } },
    options.say('sources.open'),
  );
  button.addEventListener('click', () => open());
  return button;
}
