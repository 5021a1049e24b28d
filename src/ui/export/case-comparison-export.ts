/**
 * The comparison of two cases in the exports: the same words as the debrief's section, as a flat
 * list of blocks that the Markdown and the PDF each write in their own way.
 */
import type { CaseColumn, CaseComparison, SourcedText } from '../../view/case-comparison';
import { sourceText } from '../../view/debrief-model';
import { readableDate } from '../../view/language';
import { type Translate, under } from '../../view/locale';
import type { Writer } from './pdf-writer';

/** One block of the comparison: a heading (level 2–4), a paragraph or a list item, with its sources. */
export interface Block {
  kind: 'h2' | 'h3' | 'h4' | 'p' | 'li' | 'ol';
  text: string;
  sources?: string;
}

/** The blocks of every comparison, in the order the debrief shows them. */
export function caseComparisonBlocks(comparisons: readonly CaseComparison[], t: Translate, lang: string): Block[] {
  const c = under(t, 'cases');
  const label = t('classroom.debrief.sources');
  const cited = (x: SourcedText) =>
    x.sources.length === 0 ? {} : { sources: `${label}: ${x.sources.map((s) => sourceText(s, lang)).join('; ')}` };
  return comparisons.flatMap((cmp) => [
    { kind: 'h2' as const, text: c('title', { a: cmp.cases[0].title, b: cmp.cases[1].title }) },
    { kind: 'p' as const, text: c('intro') },
    ...cmp.cases.flatMap((col, i) => caseBlocks(col, i === 0, t, lang, cited)),
    ...(cmp.questions.length === 0
      ? []
      : [
          { kind: 'h3' as const, text: c('questions') },
          ...cmp.questions.map((q) => ({ kind: 'ol' as const, text: q.text, ...cited(q) })),
        ]),
  ]);
}

function caseBlocks(
  col: CaseColumn,
  current: boolean,
  t: Translate,
  lang: string,
  cited: (x: SourcedText) => { sources?: string },
): Block[] {
  const c = under(t, 'cases');
  const out: Block[] = [
    { kind: 'h3', text: `${col.title}: ${col.government}` },
    { kind: 'h4', text: c('ladder', { ladder: col.ladder }) },
  ];
  for (const r of [...col.rungs].reverse()) {
    const marks = [
      r.realPeak && c('mark-real'),
      r.classPeak && c('mark-class-peak'),
      r.classEnd && c('mark-class-end'),
    ].filter((m): m is string => typeof m === 'string');
    out.push({ kind: 'li', text: `${r.label} (${r.tier})${marks.length === 0 ? '' : ` — ${marks.join('; ')}`}` });
  }
  const played = col.played;
  out.push({
    kind: 'p',
    text:
      played === null
        ? c('not-played')
        : current
          ? c('played-here', { peak: played.peak, end: played.end })
          : c('played-other', { name: played.name, peak: played.peak, end: played.end }),
  });
  out.push({ kind: 'p', text: c('real', { rung: col.realPeak }) });
  if (col.stopped) out.push({ kind: 'p', text: col.stopped.text, ...cited(col.stopped) });
  else if (col.feared.length === 0) out.push({ kind: 'p', text: c('no-case') });
  if (col.feared.length > 0)
    out.push(
      { kind: 'h4', text: c('feared') },
      ...col.feared.map((f) => ({ kind: 'li' as const, text: f.text, ...cited(f) })),
    );
  if (col.lines.length > 0)
    out.push(
      { kind: 'h4', text: c('lines') },
      ...col.lines.map((l) => ({
        kind: 'li' as const,
        text: `${c(`outcome-${l.outcome}`).toUpperCase()}: ${c('line', { date: readableDate(l.date, lang), by: l.by, text: l.text })}`,
        ...cited(l),
      })),
    );
  if (played) {
    out.push({ kind: 'h4', text: c('class-lines') });
    if (played.lines.length === 0) out.push({ kind: 'p', text: c('class-lines-none') });
    for (const l of played.lines)
      out.push({
        kind: 'li',
        text: c('class-line', {
          label: l.label,
          declared: c(`declared-${l.declared}`),
          status: c(`status-${l.status}`),
        }),
      });
  }
  return out;
}

/** The blocks as Markdown lines; `e` escapes text. */
export function caseComparisonMarkdown(blocks: readonly Block[], e: (text: string) => string): string[] {
  const out: string[] = [];
  let n = 0;
  for (const b of blocks) {
    n = b.kind === 'ol' ? n + 1 : 0;
    const head = { h2: '## ', h3: '### ', h4: '#### ' }[b.kind as 'h2'];
    if (head) out.push('', `${head}${e(b.text)}`, '');
    else if (b.kind === 'p') out.push('', e(b.text), '');
    else out.push(`${b.kind === 'ol' ? `${n}.` : '-'} ${e(b.text)}`);
    if (b.sources) out.push(`  - ${e(b.sources)}`);
  }
  // Blocks each open and close with a blank line: keep one between them.
  const lines = out.filter((line, i) => line !== '' || (i > 0 && out[i - 1] !== ''));
  return lines.length === 0 ? [] : [...lines, ''];
}

/** The blocks in the PDF handout. */
export function writeCaseComparison(w: Writer, blocks: readonly Block[]): void {
  let n = 0;
  for (const b of blocks) {
    n = b.kind === 'ol' ? n + 1 : 0;
    if (b.kind === 'h2') w.heading(b.text);
    else if (b.kind === 'h3') w.subheading(b.text);
    else if (b.kind === 'h4') w.write(b.text, 10.5, 0, 2);
    else
      w.write(
        b.kind === 'p' ? b.text : `${b.kind === 'ol' ? `${n}.` : '•'} ${b.text}`,
        10,
        b.kind === 'p' ? 0 : 8,
        b.sources ? 1 : 3,
      );
    if (b.sources) w.write(b.sources, 8.5, 20, 3);
  }
}
