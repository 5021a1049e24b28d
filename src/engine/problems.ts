/**
 * Problems found in a file a person wrote (a scenario or a save), each named by its JSON
 * path, what was expected there and what was found. Parsing never throws: it returns a result.
 */
import type { z } from 'zod';

export interface Problem {
  /** Which check found a warning (`hindsight`, `unlinked-source`…); errors carry none. */
  code?: string;
  /** A JSON path like `$.ladders[0].rungs[2].id`. */
  path: string;
  /** For `hindsight`: the words that name a later date, or the later source cited. */
  mentions?: string;
  /** For `hindsight`: the first day the text can be seen, YYYY-MM-DD. */
  visibleFrom?: string;
  expected: string;
  found?: string;
}

export type Parsed<T> = { ok: true; value: T; warnings: Problem[] } | { ok: false; problems: Problem[] };

/** One line per problem: `path: expected …, found …`. */
export function formatProblem(p: Problem): string {
  return p.found === undefined
    ? `${p.path}: expected ${p.expected}`
    : `${p.path}: expected ${p.expected}, found ${p.found}`;
}

export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** A short description of a value, for "found …". */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `"${shown}"`;
  }
  return `${typeof value} ${String(value)}`;
}

const MAX_BYTES = 5 * 1024 * 1024;
const MAX_DEPTH = 64;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Reads JSON text a person wrote: refuses it if it is too large, not JSON, nested too deeply
 * or carries keys that could reach an object's prototype. Checks run before any schema.
 */
export function readJson(text: string): { ok: true; value: unknown } | { ok: false; problems: Problem[] } {
  if (text.length > MAX_BYTES)
    return fail('$', `a file of at most ${MAX_BYTES / 1024 / 1024} MB`, `${(text.length / 1024 / 1024).toFixed(1)} MB`);
  if (text.trim() === '') return fail('$', 'a JSON document', 'an empty file');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail(syntaxPlace(text, error), 'valid JSON', syntaxFound(error));
  }
  const shape = checkShape(value);
  return shape ? { ok: false, problems: [shape] } : { ok: true, value };
}

function fail(path: string, expected: string, found: string) {
  return { ok: false as const, problems: [{ path, expected, found }] };
}

function syntaxFound(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (
    message
      .replace(/ (?:in JSON )?at position \d+.*$/s, '')
      // V8 quotes the text near the error, cut short with "..." in a longer file: drop it either way.
      .replace(/, (?:"|\.\.\.).* is not valid JSON$/s, '')
      // Every V8 message starts with a capital ("Unexpected token", "Unterminated string", "Bad
      // control character"); after "found" it reads as the middle of a sentence.
      .replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase())
      // The token itself may be a line break or a tab: show it escaped so the problem stays one line.
      .replace(/\p{Cc}/gu, (c) => JSON.stringify(c).slice(1, -1))
  );
}

function syntaxPlace(text: string, error: unknown): string {
  const position = positionIn(error) ?? firstBadPosition(text);
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `$ (line ${line}, column ${column})`;
}

function positionIn(error: unknown): number | undefined {
  const match = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  return match ? Number(match[1]) : undefined;
}

/** True while a prefix of the text could still grow into valid JSON. */
function couldContinue(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return true;
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (/end of JSON input|Unterminated string/.test(message)) return true;
    const at = positionIn(error);
    return at !== undefined && at >= prefix.length;
  }
}

/**
 * Some of V8's messages give no position. The first character at which no prefix can be
 * valid any more is the mistake, and that is monotonic, so a binary search finds it.
 */
function firstBadPosition(text: string): number {
  // Nothing wrong but the end coming too soon: the place is the end of the file.
  if (couldContinue(text)) return text.length;
  let good = 0;
  let bad = text.length;
  while (bad - good > 1) {
    const mid = (good + bad) >>> 1;
    if (couldContinue(text.slice(0, mid))) good = mid;
    else bad = mid;
  }
  return bad - 1;
}

/** Walks the value without recursion, so a hostile file cannot overflow the stack. */
function checkShape(root: unknown): Problem | undefined {
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: PropertyKey[] };
    if (value === null || typeof value !== 'object') continue;
    if (path.length >= MAX_DEPTH)
      return {
        path: `${jsonPath(path.slice(0, 8))}…`,
        expected: `nesting at most ${MAX_DEPTH} deep`,
        found: 'deeper nesting',
      };
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key))
        return { path: jsonPath([...path, key]), expected: 'an ordinary key', found: `the reserved key "${key}"` };
      stack.push({
        value: (value as Record<string, unknown>)[key],
        path: [...path, Array.isArray(value) ? Number(key) : key],
      });
    }
  }
  return undefined;
}

/** Turns zod's issues into problems that a scenario author can act on. */
export function fromZod(issues: readonly z.core.$ZodIssue[], root: unknown): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues) collect(issue, root, out);
  const seen = new Set<string>();
  return out.filter((p) => {
    const key = formatProblem(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function collect(issue: z.core.$ZodIssue, root: unknown, out: Problem[], prefix: readonly PropertyKey[] = []): void {
  const path = [...prefix, ...issue.path];
  const found = valueAt(root, path);
  switch (issue.code) {
    case 'invalid_type':
      out.push({ path: jsonPath(path), expected: article(issue.expected), found: describe(found) });
      return;
    case 'unrecognized_keys':
      for (const key of issue.keys)
        out.push({ path: jsonPath([...path, key]), expected: 'no such key here', found: `the unknown key "${key}"` });
      return;
    case 'invalid_value':
      out.push({
        path: jsonPath(path),
        expected: `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
        found: describe(found),
      });
      return;
    case 'invalid_union': {
      // A union (a condition, an effect, a trigger) failed every branch: report the branch
      // that came closest, which is the one the author most likely meant.
      const branches = issue.errors.filter((b) => b.length > 0);
      const options = unionOptions(issue, branches);
      if (options) {
        out.push({ path: jsonPath(path), expected: `one of ${options}`, found: describe(found) });
        return;
      }
      if (found === null || typeof found !== 'object' || branches.length === 0) {
        out.push({
          path: jsonPath(path),
          expected: issue.message === 'Invalid input' ? 'a valid entry' : issue.message,
          found: describe(found),
        });
        return;
      }
      const closest = branches.reduce((a, b) => (score(b) < score(a) ? b : a));
      for (const inner of closest) collect(inner, root, out, path);
      return;
    }
    case 'too_small':
    case 'too_big': {
      const word = issue.code === 'too_small' ? 'at least' : 'at most';
      const limit = String(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      const unit = issue.origin === 'array' ? ' item' : issue.origin === 'string' ? ' character' : '';
      const what = unit === '' || limit === '1' ? unit : `${unit}s`;
      out.push({
        path: jsonPath(path),
        expected: `${word} ${limit}${what}`,
        found: describe(found),
      });
      return;
    }
    default:
      out.push({ path: jsonPath(path), expected: issue.message, found: describe(found) });
  }
}

/**
 * The values a union of literals accepts, or a discriminated union's tags, listed for the
 * author (zod's own message, "Invalid discriminator value…", does not read as an expectation).
 */
function unionOptions(
  issue: z.core.$ZodIssueInvalidUnion,
  branches: readonly z.core.$ZodIssue[][],
): string | undefined {
  if ('options' in issue && issue.options && issue.options.length > 0)
    return issue.options.map((o) => JSON.stringify(o)).join(', ');
  const literals = branches.every((b) => b.every((i) => i.code === 'invalid_value' && i.path.length === 0));
  if (!literals || branches.length === 0) return undefined;
  return branches
    .flatMap((b) => b.flatMap((i) => (i.code === 'invalid_value' ? i.values : [])))
    .map((v) => JSON.stringify(v))
    .join(', ');
}

/**
 * A branch that wants another type altogether (a boolean where the author wrote an object)
 * was never meant; after that, unknown keys weigh most: a branch that knows every key the
 * author wrote is the one meant.
 */
function score(issues: readonly z.core.$ZodIssue[]): number {
  return issues.reduce(
    (sum, i) =>
      sum +
      (i.code === 'invalid_type' && i.path.length === 0
        ? 1000
        : i.code === 'unrecognized_keys'
          ? 10 * i.keys.length
          : 1),
    0,
  );
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}
