/**
 * The source checks: every source has a link a reader can follow and a kind, every source is
 * cited somewhere, and every part that states a fact cites one (historical and reported events
 * are refused without a source by the schema itself; here a meter's starting basis, and a card
 * whose words name a date, a sum of money or a percentage).
 */
import { dateMentions } from './date-mentions';
import { jsonPath, type Problem } from './problems';
import type { Card, Scenario } from './scenario-schema';

const KINDS = 'primary, agency, newspaper, aggregator or official-statement';

/** Money or a share, written in figures: "USD 2.3 billion", "KRW 7.6 trillion", "13%". */
const FIGURE =
  /(?:USD|KRW|EUR|US\$|\$|€|£)\s?\d|\d[\d,.]*\s?(?:%|percent\b|per cent\b|(?:b|m|tr)illion\b|won\b|dollars\b)/i;

/** Every source warning: unlinked, without a kind, unused; and every uncited statement of fact. */
export function checkSources(s: Scenario): Problem[] {
  const out: Problem[] = [];
  const cited = citedSources(s);
  s.sources.forEach((src, i) => {
    if (src.url === undefined)
      out.push({
        code: 'unlinked-source',
        path: jsonPath(['sources', i, 'url']),
        expected: 'a link (https://…) where a reader can check the source',
        found: `none for "${src.id}"`,
      });
    if (src.kind === undefined)
      out.push({
        code: 'source-kind',
        path: jsonPath(['sources', i, 'kind']),
        expected: `a kind: ${KINDS}`,
        found: `none for "${src.id}"`,
      });
    if (!cited.has(src.id))
      out.push({
        code: 'unused-source',
        path: jsonPath(['sources', i]),
        expected: 'a source that some part of the scenario cites',
        found: `"${src.id}", cited nowhere`,
      });
  });
  s.meters.forEach((m, i) => {
    if (m.basis !== undefined && m.sources.length === 0)
      out.push(uncited(['meters', i, 'sources'], 'its starting basis', m.basis));
  });
  s.cards.forEach((c, i) => {
    const fact = statedFact(c);
    if (fact !== undefined && c.sources.length === 0)
      out.push(uncited(['cards', i, 'sources'], 'the fact it states', fact));
  });
  return out;
}

function uncited(path: (string | number)[], what: string, words: string): Problem {
  const shown = words.length > 60 ? `${words.slice(0, 60)}…` : words;
  return { code: 'uncited', path: jsonPath(path), expected: `a source for ${what}`, found: `none for "${shown}"` };
}

/** The first date, sum or share a card's words name, if any: the card states a fact. */
function statedFact(c: Card): string | undefined {
  for (const words of [c.text, c.explain, c.locked ?? '']) {
    const date = dateMentions(words, '2000-01-01')[0];
    if (date) return date.text;
    const figure = FIGURE.exec(words);
    if (figure) return figure[0];
  }
  return undefined;
}

/** The ids of every source some part of the scenario cites. */
function citedSources(s: Scenario): Set<string> {
  return new Set([
    ...s.events.flatMap((e) => [...e.sources, ...(e.actually?.sources ?? [])]),
    ...s.meters.flatMap((m) => m.sources),
    ...s.cards.flatMap((c) => c.sources),
    ...s.lengths.flatMap((l) => l.rounds.flatMap((r) => r.actually?.sources ?? [])),
    ...s.debrief.questions.flatMap((q) => q.sources),
    ...s.debrief.comparisons.flatMap((c) => [...c.sources, ...c.steps.flatMap((st) => st.sources)]),
    ...(s.debrief.actualPath?.steps.flatMap((st) => st.sources) ?? []),
    ...caseSources(s),
  ]);
}

/** The sources the comparison of cases cites (`debrief.case`). */
function caseSources(s: Scenario): string[] {
  const c = s.debrief.case;
  if (!c) return [];
  return [c.stopped, ...c.feared, ...c.lines, ...c.questions].flatMap((x) => x.sources);
}
