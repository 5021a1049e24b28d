/**
 * The debrief's comparison of two cases: each case's ladder, highest rung first, marked where the
 * class and the real government stopped; what each government feared; the red lines of the real
 * case and of the class's game; the questions that compare them.
 */
import type { CaseColumn, CaseComparison, SourcedText } from '../../view/case-comparison';
import { readableDate } from '../../view/language';
import { type Translate, under } from '../../view/locale';
import { h } from '../dom';
import { sourcesLine } from './sources-line';
import './case-comparison.css';

/** One section per comparison; none when there is nothing to compare. */
export function caseComparisonSections(
  comparisons: readonly CaseComparison[],
  t: Translate,
  lang: string,
): HTMLElement[] {
  const c = under(t, 'cases');
  const sources = t('classroom.debrief.sources');
  return comparisons.map((cmp, i) => {
    const id = `debrief-cases-title-${i}`;
    return h(
      'section',
      { class: 'debrief-cases', attrs: { 'aria-labelledby': id } },
      h('h2', { id }, c('title', { a: cmp.cases[0].title, b: cmp.cases[1].title })),
      h('p', { class: 'field-hint' }, c('intro')),
      h('div', { class: 'cases-grid' }, ...cmp.cases.map((col, j) => caseArticle(col, j === 0, t, lang))),
      cmp.questions.length === 0
        ? null
        : h(
            'div',
            { class: 'cases-questions' },
            h('h3', {}, c('questions')),
            h('ol', {}, ...cmp.questions.map((q) => h('li', {}, q.text, sourcesLine(q.sources, sources, t, lang)))),
          ),
    );
  });
}

function caseArticle(col: CaseColumn, current: boolean, t: Translate, lang: string): HTMLElement {
  const c = under(t, 'cases');
  const sources = t('classroom.debrief.sources');
  const noted = (items: readonly SourcedText[]) =>
    items.map((x) => h('li', {}, x.text, sourcesLine(x.sources, sources, t, lang)));
  return h(
    'article',
    { class: 'case-column', attrs: { 'data-scenario': col.scenarioId } },
    h('h3', {}, col.title),
    h('p', { class: 'case-government' }, col.government),
    ladderList(col, t),
    h(
      'p',
      { class: 'case-played' },
      col.played === null
        ? c('not-played')
        : current
          ? c('played-here', { peak: col.played.peak, end: col.played.end })
          : c('played-other', { name: col.played.name, peak: col.played.peak, end: col.played.end }),
    ),
    h('p', { class: 'case-real' }, c('real', { rung: col.realPeak })),
    col.stopped ? h('p', {}, col.stopped.text, sourcesLine(col.stopped.sources, sources, t, lang)) : null,
    col.stopped || col.feared.length > 0 ? null : h('p', { class: 'field-hint' }, c('no-case')),
    col.feared.length === 0 ? null : h('div', {}, h('h4', {}, c('feared')), h('ul', {}, ...noted(col.feared))),
    col.lines.length === 0
      ? null
      : h(
          'div',
          {},
          h('h4', {}, c('lines')),
          h(
            'ul',
            { class: 'case-lines' },
            ...col.lines.map((l) =>
              h(
                'li',
                {},
                h('span', { class: `case-outcome outcome-${l.outcome}` }, c(`outcome-${l.outcome}`)),
                ' ',
                c('line', { date: readableDate(l.date, lang), by: l.by, text: l.text }),
                sourcesLine(l.sources, sources, t, lang),
              ),
            ),
          ),
        ),
    col.played === null ? null : classLines(col.played.lines, t),
  );
}

/** The ladder as a list, highest rung first, each mark said in words as well as drawn. */
function ladderList(col: CaseColumn, t: Translate): HTMLElement {
  const c = under(t, 'cases');
  return h(
    'div',
    { class: 'case-ladder' },
    h('h4', {}, c('ladder', { ladder: col.ladder })),
    h(
      'ol',
      { attrs: { reversed: true } },
      ...[...col.rungs].reverse().map((r) => {
        const marks = [
          r.realPeak ? c('mark-real') : null,
          r.classPeak ? c('mark-class-peak') : null,
          r.classEnd ? c('mark-class-end') : null,
        ].filter((m) => m !== null);
        const cls = ['case-rung', r.realPeak ? 'real' : '', r.classPeak ? 'class' : ''].filter(Boolean).join(' ');
        return h(
          'li',
          { class: cls },
          h('span', { class: 'case-rung-label' }, r.label),
          h('span', { class: 'case-tier' }, r.tier),
          ...marks.map((m) => h('span', { class: 'case-mark' }, m)),
        );
      }),
    ),
  );
}

function classLines(lines: NonNullable<CaseColumn['played']>['lines'], t: Translate): HTMLElement {
  const c = under(t, 'cases');
  return h(
    'div',
    {},
    h('h4', {}, c('class-lines')),
    lines.length === 0
      ? h('p', {}, c('class-lines-none'))
      : h(
          'ul',
          {},
          ...lines.map((l) =>
            h(
              'li',
              {},
              c('class-line', {
                label: l.label,
                declared: c(`declared-${l.declared}`),
                status: c(`status-${l.status}`),
              }),
            ),
          ),
        ),
  );
}
