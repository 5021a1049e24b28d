/**
 * How a command-line tool talks to the world: text out, text on the error stream, and an exit
 * code. Commands are plain functions over an `Io`, so tests run them in-process and the entry
 * point only wires them to the process.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Io {
  /** Standard output: the result a script may read. */
  out(text: string): void;
  /** Standard error: warnings, progress and usage. */
  err(text: string): void;
}

/** A tool's body: arguments in, exit code out (0 fine, 1 bad input, 2 usage or unreadable file). */
export type Command = (argv: string[], io: Io) => number | Promise<number>;

/** The code for a failure of the tool itself rather than of its input. */
export const EXIT_INTERNAL = 3;

/** An `Io` that keeps what was written, for tests. */
export function memoryIo(): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    out(text: string) {
      io.stdout += text;
    },
    err(text: string) {
      io.stderr += text;
    },
  };
  return io;
}

/**
 * Runs the command when its module is the script Node was started with. Any exception is a
 * bug in the tool, never the input's fault: it is reported in one line, without a stack trace.
 */
export async function runMain(moduleUrl: string, command: Command): Promise<void> {
  const script = process.argv[1];
  if (script === undefined || pathToFileURL(resolve(script)).href !== moduleUrl) return;
  const io: Io = {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  };
  try {
    process.exitCode = await command(process.argv.slice(2), io);
  } catch (error) {
    io.err(`internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = EXIT_INTERNAL;
  }
}
