/**
 * Problems as terminal lines: exactly one line each, whatever the file held. A value quoted
 * from the file may carry line breaks or terminal escape codes; they are shown escaped, so
 * neither the line count nor the terminal can be tampered with.
 */
import { formatProblem, type Problem } from '../engine/problems';
import type { Io } from './io';

/** A file with more mistakes than this is not worth reading past; the rest are counted. */
export const MAX_PROBLEM_LINES = 500;

// Control characters (except tab), DEL, C1 controls and the Unicode line separators.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's purpose.
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g;

/** Escapes what would break a line or drive the terminal, as JSON would write it. */
export function oneLine(text: string): string {
  // JSON.stringify escapes the C0 controls (a line break, ESC); DEL, C1 and U+2028 it leaves as they are.
  return text.replace(UNSAFE, (c) => {
    const escaped = JSON.stringify(c);
    return escaped.length > 3 ? escaped.slice(1, -1) : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** One problem as one line: `path: expected …, found …`. */
export function problemLine(p: Problem): string {
  return oneLine(formatProblem(p));
}

/** Prints the problems on standard output, one per line, at most `MAX_PROBLEM_LINES` of them. */
export function printProblems(io: Io, problems: readonly Problem[]): void {
  for (const p of problems.slice(0, MAX_PROBLEM_LINES)) io.out(`${problemLine(p)}\n`);
  if (problems.length > MAX_PROBLEM_LINES)
    io.err(`… and ${problems.length - MAX_PROBLEM_LINES} more problems not shown\n`);
}
