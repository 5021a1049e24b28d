/** Reads a red line's state for the condition `{ "line": id, "is": … }` (see red-lines.ts). */
import type { LineIs } from './condition-schema';
import type { LineState, LineStatus } from './game-context';

/** A line stands while it is declared and neither bent, left unanswered nor broken. */
const STANDING: ReadonlySet<LineStatus> = new Set(['declared', 'tested', 'crossed', 'answered']);

/** The condition `{ "line": id, "is": … }`. */
export function lineIs(state: LineState | undefined, is: LineIs): boolean {
  if (state === undefined) return false;
  switch (is) {
    case 'declared':
      return true;
    case 'public':
    case 'private':
      return state.declared === is;
    case 'standing':
      return STANDING.has(state.status);
    default:
      return state.status === is;
  }
}
