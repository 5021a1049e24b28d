/**
 * The aftermath: one or two periods after a length's last round that the bots play alone (news,
 * delayed effects that fall due, every seat's reactions) before the ending and the scores are
 * read, so a climb in the last round still carries its risk. An "any" ending may come in it.
 */
import type { GameContext } from './game-context';
import { beginRound, endingFor, resolveRound } from './rounds';
import type { ScenarioIndex } from './scenario-index';

/** True when the last round has been resolved and the length still has aftermath periods to play. */
export function aftermathDue(index: ScenarioIndex, ctx: GameContext): boolean {
  return ctx.round >= ctx.rounds && ctx.round < ctx.rounds + (index.aftermath[ctx.length] ?? 0);
}

/** Plays the aftermath's periods, each a round without players, stopping at the first ending that comes in one. */
export function playAftermath(index: ScenarioIndex, ctx: GameContext): GameContext {
  let now = ctx;
  while (aftermathDue(index, now)) {
    now = resolveRound(index, beginRound(index, now));
    if (endingFor(index, now) !== undefined) break;
  }
  return now;
}
