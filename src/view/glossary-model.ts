/**
 * The glossary students can open while they play: only the entries shown in the round being
 * played (an entry with `visibleFrom` waits for the round whose period holds that day; once the
 * game is over every entry is there), in alphabetical order, and the ones a search matches.
 * Pure: no DOM.
 */
import type { Scenario } from '../engine/scenario-schema';
import { shownInRound } from '../engine/visibility';
import type { GameView } from '../session/session';
import type { Translate } from './locale';
import { roundLabel } from './table-model';

export interface GlossaryEntry {
  term: string;
  definition: string;
}

/** The entries players may read now, by term. */
export function glossaryEntries(s: Scenario, at: Pick<GameView, 'phase' | 'length' | 'round'>): GlossaryEntry[] {
  const round = Math.max(1, at.round);
  return s.glossary
    .filter((g) => at.phase === 'ended' || shownInRound(s, { length: at.length, round }, g.visibleFrom))
    .map((g) => ({ term: g.term, definition: g.definition }))
    .sort((a, b) => a.term.localeCompare(b.term, s.language, { sensitivity: 'base' }));
}

/** Folds case and accents away, so "defence" finds "Défense" and "km-sam" finds "KM-SAM". */
function folded(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/**
 * The entries whose term or definition holds every word of the query (all of them for an empty
 * query): those whose term holds them first, then those that only mention them.
 */
export function glossaryMatches(entries: readonly GlossaryEntry[], query: string): GlossaryEntry[] {
  const words = folded(query)
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0) return [...entries];
  const holds = (text: string) => words.every((w) => folded(text).includes(w));
  const found = entries.filter((e) => holds(`${e.term} ${e.definition}`));
  return [...found.filter((e) => holds(e.term)), ...found.filter((e) => !holds(e.term))];
}

/** The glossary as it opens now: its entries, and a sentence saying as of which round. */
export function glossaryNow(
  s: Scenario,
  at: Pick<GameView, 'phase' | 'length' | 'round'>,
  t: Translate,
): { entries: GlossaryEntry[]; intro: string } {
  const round = Math.max(1, at.round);
  const intro =
    at.phase === 'ended'
      ? t('glossary.intro-all')
      : t('glossary.intro-so-far', { round, label: roundLabel(s, { length: at.length, round }) });
  return { entries: glossaryEntries(s, at), intro };
}
