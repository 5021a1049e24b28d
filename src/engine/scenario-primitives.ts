/** The two building blocks of every scenario file: ids and player-facing text. */
import { z } from 'zod';

/** Ids are kebab-case so they read well in paths, saves and CSV columns. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id in kebab-case (a-z, 0-9 and single dashes)')
  .max(64);

/**
 * Player-facing text. It is always inserted as text, never as HTML; markup in a scenario
 * is refused so an author learns at check time, not when a student sees "<b>".
 */
export const Text = z
  .string()
  .min(1)
  .max(4000)
  .refine((s) => !/<\/?[a-zA-Z!][^>]*>/.test(s), 'plain text without markup (no <tags>)');
