/**
 * Keys whose string values in a scenario are words a person reads; every other string is
 * structure (ids, dates, conditions). Translations may change only these, and the hindsight
 * check reads only these.
 */
export const SCENARIO_WORDS: ReadonlySet<string> = new Set([
  'title',
  'summary',
  'label',
  'description',
  'text',
  'explain',
  'locked',
  'basis',
  'owns',
  'goals',
  'worries',
  'redLines',
  'term',
  'definition',
  'speaker',
  'publisher',
  'theme',
  // An effect's note: the sentence the record shows beside a change it made.
  'note',
  // The comparison of cases: who governed, and who drew each line.
  'government',
  'by',
]);
