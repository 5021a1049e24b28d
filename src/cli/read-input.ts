/**
 * Reads a file a person hands to a tool (a scenario, a save) as bytes, and refuses what the
 * parser should never see: a file too large to be a scenario (judged by its size on disk,
 * before a byte is read), binary data and text that is not UTF-8.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Problem } from '../engine/problems';

/**
 * The same limit the parser applies to text (see `readJson` in src/engine/problems.ts); it is
 * checked here on the file's size first, so a 20 MB file is refused without being read.
 */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type Input =
  | { ok: true; text: string }
  /** The file is there but is not text a parser should see: exit 1. */
  | { ok: false; problems: Problem[] }
  /** The file cannot be read at all: exit 2. */
  | { ok: false; unreadable: string };

/** Reads `path` as UTF-8 text, or says why it cannot be used. Never throws. */
export function readInput(path: string): Input {
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return { ok: false, unreadable: `${path} is not a file` };
    if (stat.size > MAX_FILE_BYTES) return tooLarge(stat.size);
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, unreadable: `cannot read ${path}: ${reason(error)}` };
  }
  // The file may have grown between the two calls.
  if (bytes.length > MAX_FILE_BYTES) return tooLarge(bytes.length);
  const nul = bytes.indexOf(0);
  if (nul >= 0) return refuse('$', 'a text file (JSON written in UTF-8)', `binary data (a zero byte at byte ${nul})`);
  if (!isUtf8(bytes)) {
    const text = new TextDecoder('utf-8').decode(bytes);
    return refuse(place(text, text.indexOf('\uFFFD')), 'text in UTF-8', 'bytes that are not UTF-8');
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  // Some editors start a UTF-8 file with a byte-order mark, which JSON does not allow.
  return { ok: true, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
}

function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function tooLarge(size: number): Input {
  return refuse('$', `a file of at most ${MAX_FILE_BYTES / 1024 / 1024} MB`, `${(size / 1024 / 1024).toFixed(1)} MB`);
}

function refuse(path: string, expected: string, found: string): Input {
  return { ok: false, problems: [{ path, expected, found }] };
}

/** A position in the text as the line and column an editor shows. */
function place(text: string, offset: number): string {
  if (offset < 0) return '$';
  const before = text.slice(0, offset);
  return `$ (line ${before.split('\n').length}, column ${offset - before.lastIndexOf('\n')})`;
}

function reason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  return error instanceof Error ? error.message : String(error);
}
