/**
 * A problem found in a file (a scenario or a save), said for a teacher first: what the file
 * needs and what it has, and only then where, by its JSON path (which a scenario author uses).
 * A bundled scenario that never arrived is no fault of its file: the browser's own words say why.
 */
import type { Problem } from '../engine/problems';
import { NOT_LOADED } from '../session/scenario-library';
import type { Translate } from './locale';

export function problemWords(p: Problem, t: Translate): string {
  if (p.expected === NOT_LOADED) return t('problems.not-loaded', { found: p.found ?? '' });
  return p.found === undefined
    ? t('problems.needs', { expected: p.expected, path: p.path })
    : t('problems.needs-found', { expected: p.expected, found: p.found, path: p.path });
}
