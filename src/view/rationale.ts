/**
 * The rationale rule: when a class plays with it, every card needs a sentence of why. A word or
 * two ("ok", "yes") is not a reason a teacher can grade, so a rationale counts as a sentence
 * once it has at least three words.
 */

/** The fewest words a rationale needs under the rule. */
export const RATIONALE_WORDS = 3;

export type RationaleProblem = 'missing' | 'too-short';

/** What is wrong with a rationale under the rule (null: nothing, or the rule is off). */
export function rationaleProblem(text: string, required: boolean): RationaleProblem | null {
  if (!required) return null;
  const words = text
    .trim()
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0) return 'missing';
  return words.length < RATIONALE_WORDS ? 'too-short' : null;
}
