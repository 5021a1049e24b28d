/**
 * What really happened, in the exports: the real government's path (each act with its date,
 * rung, words and sources) after the ladders, and what really happened for the hypothetical news
 * of a round after that round's story. The Markdown and the PDF write the same lines.
 */
import { sourceText } from '../../view/debrief-model';
import type { Translate } from '../../view/locale';
import { actLine, type RealHistory } from '../../view/real-history';

/** What the PDF handout's writer offers: a block of text, its size, indent and the gap after it; a heading kept with what follows. */
export interface LineWriter {
  write(text: string, size?: number, indent?: number, gap?: number): void;
  subheading(text: string): void;
}

type Sources = RealHistory['counterparts'][number]['sources'];

/** The real history with the language its dates are written in. */
type Dated = RealHistory & { lang: string };

function sourcesOf(sources: Sources, t: Translate, lang: string): string {
  return `${t('real.sources')}: ${sources.map((s) => sourceText(s, lang)).join('; ')}`;
}

/** The real path as Markdown lines (none when the scenario gives none); `e` escapes text. */
export function realPathMarkdown(model: Dated, t: Translate, e: (text: string) => string): string[] {
  const path = model.actualPath;
  if (!path) return [];
  const out = [`### ${e(path.label ?? t('real.label'))}`, '', e(t('real.intro')), ''];
  for (const st of path.steps)
    out.push(
      `${st.n}. **${e(actLine(st, t, model.lang))}**: ${e(st.text)}`,
      `   - ${e(sourcesOf(st.sources, t, model.lang))}`,
    );
  out.push('');
  return out;
}

/** What really happened for the round's hypothetical news, as Markdown quotes. */
export function counterpartsMarkdown(model: Dated, round: number, t: Translate, e: (text: string) => string): string[] {
  return model.counterparts
    .filter((c) => c.round === round)
    .flatMap((c) => [
      `> **${e(t('real.counterpart', { title: c.title }))}**: ${e(c.text)}`,
      '>',
      `> ${e(sourcesOf(c.sources, t, model.lang))}`,
      '',
    ]);
}

/** The real path in the PDF handout. */
export function writeRealPath(w: LineWriter, model: Dated, t: Translate): void {
  const path = model.actualPath;
  if (!path) return;
  w.subheading(path.label ?? t('real.label'));
  w.write(t('real.intro'), 9.5, 0, 3);
  for (const st of path.steps) {
    w.write(`${st.n}. ${actLine(st, t, model.lang)}: ${st.text}`, 10, 8, 1);
    w.write(sourcesOf(st.sources, t, model.lang), 8.5, 20, 3);
  }
}

/** What really happened for the round's hypothetical news, in the PDF handout. */
export function writeCounterparts(w: LineWriter, model: Dated, round: number, t: Translate): void {
  for (const c of model.counterparts.filter((x) => x.round === round)) {
    w.write(`${t('real.counterpart', { title: c.title })}: ${c.text}`, 9.5, 10, 1);
    w.write(sourcesOf(c.sources, t, model.lang), 8.5, 10, 1);
  }
}
