/** Usage errors: a wrong or missing flag ends the tool with code 2 and the usage line. */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { Io } from './io';

export const EXIT_USAGE = 2;

/** Prints why the arguments were refused and how to call the tool; returns the exit code. */
export function usageError(io: Io, usage: string, reason: string): number {
  io.err(`${reason}\nusage: ${usage}\n`);
  return EXIT_USAGE;
}

/** The first sentence of `util.parseArgs`'s complaint, which is the part a person needs. */
export function argsReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split(/\.\s/)[0] ?? message;
  return first.endsWith('.') ? first.slice(0, -1) : first;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * A tool's flags (it takes no other arguments), or, for flags it does not know or give a value
 * and for any other argument, the exit code once the reason and the usage line are printed.
 */
export function argsOrUsage<T extends Options>(io: Io, usage: string, argv: string[], options: T) {
  let args: ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>>;
  try {
    args = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    return usageError(io, usage, argsReason(error));
  }
  if (args.positionals.length > 0) return usageError(io, usage, `unexpected argument: ${args.positionals.join(' ')}`);
  return args;
}
