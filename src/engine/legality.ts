/**
 * What an event must pass to be accepted, as pure functions that name the first check it fails
 * (null when it passes them all). The machine's guards call `eventRefusal` and nothing else, and
 * a refused event's reason is read from the same function, so "is it legal" and "why not" cannot
 * disagree. The phase is not checked here: it is the machine's own (a flow event that the
 * current flow state has no transition for is in the wrong phase).
 */
import { aftermathDue } from './aftermath';
import { type Blocker, cardBlocker, rationaleMissing } from './cards';
import { type CouncilRefusal, councilRefusal } from './council';
import { canInject, canWrite } from './facilitator';
import type { GameContext } from './game-context';
import type { PlayerEvent } from './game-events';
import { endingFor, startProblem } from './rounds';
import type { ScenarioIndex } from './scenario-index';
import { type VoteRefusal, voteRefusal } from './votes';

/** The flow's phases, and `ended` once the machine stands in an ending. */
export type Phase = 'setup' | 'brief' | 'deliberate' | 'decide' | 'resolve' | 'ended';

/** Why an event was refused; `code` picks the sentence from the locale file. */
export type Refusal =
  | Blocker
  | CouncilRefusal
  | VoteRefusal
  | { code: 'game-over' }
  | { code: 'unknown-event'; type: string }
  | { code: 'wrong-phase'; phase: Phase; expected: string[] }
  | { code: 'cannot-start'; what: string }
  | { code: 'no-more-rounds' }
  | { code: 'paused' }
  | { code: 'not-paused' }
  | { code: 'not-started' }
  | { code: 'cannot-inject'; event: string }
  | { code: 'nothing-to-undo' };

/** The checks of one scenario, with the endings asked once per context (several guards ask). */
export interface Checks {
  index: ScenarioIndex;
  /** The ending the game reaches when the round moves on now, if any. */
  endingAt: (ctx: GameContext) => string | undefined;
  /** The ending the game reaches when the facilitator ends it now. */
  endingEarly: (ctx: GameContext) => string | undefined;
}

const checksByIndex = new WeakMap<ScenarioIndex, Checks>();

/** The checks of a scenario, made once per index and shared by its machine and its games. */
export function checksOf(index: ScenarioIndex): Checks {
  let checks = checksByIndex.get(index);
  if (!checks) {
    checks = {
      index,
      endingAt: memoByContext((ctx) => endingFor(index, ctx)),
      endingEarly: memoByContext((ctx) => endingFor(index, ctx, true)),
    };
    checksByIndex.set(index, checks);
  }
  return checks;
}

function memoByContext<T>(compute: (ctx: GameContext) => T): (ctx: GameContext) => T {
  const cache = new WeakMap<GameContext, { value: T }>();
  return (ctx) => {
    let hit = cache.get(ctx);
    if (!hit) {
      hit = { value: compute(ctx) };
      cache.set(ctx, hit);
    }
    return hit.value;
  };
}

/** While the facilitator has paused the game, only the console acts. */
export const pausedRefusal = (ctx: GameContext): Refusal | null => (ctx.paused ? { code: 'paused' } : null);

const startedRefusal = (ctx: GameContext): Refusal | null => (ctx.round >= 1 ? null : { code: 'not-started' });

/** The console's events: they work in every phase, from the first round on. */
export const isConsoleEvent = (event: PlayerEvent): boolean => event.type.startsWith('facilitator.');

/** Null when the event passes its own checks now; otherwise the first it fails. */
export function eventRefusal(checks: Checks, ctx: GameContext, event: PlayerEvent): Refusal | null {
  const index = checks.index;
  switch (event.type) {
    case 'game.start': {
      const what = startProblem(index, event);
      return what === null ? null : { code: 'cannot-start', what };
    }
    case 'brief.done':
    case 'deliberation.done':
      return pausedRefusal(ctx);
    case 'turn.end':
      return pausedRefusal(ctx) ?? voteRefusal(ctx, event) ?? councilRefusal(index, ctx, event);
    case 'vote.cast':
      return pausedRefusal(ctx) ?? voteRefusal(ctx, event);
    case 'card.propose':
    case 'card.withdraw':
    case 'council.decide':
      return pausedRefusal(ctx) ?? councilRefusal(index, ctx, event);
    case 'card.play':
      return (
        pausedRefusal(ctx) ??
        (ctx.council ? councilRefusal(index, ctx, event) : null) ??
        cardBlocker(index, ctx, event) ??
        (rationaleMissing(ctx, event) ? { code: 'rationale-required' } : null)
      );
    case 'round.next':
      return (
        pausedRefusal(ctx) ??
        (ctx.round < ctx.rounds || aftermathDue(index, ctx) || checks.endingAt(ctx) !== undefined
          ? null
          : { code: 'no-more-rounds' })
      );
    default:
      return consoleRefusal(checks, ctx, event);
  }
}

/** True when the event is accepted now and leads to this ending (round.next, or the facilitator's end). */
export function endsIn(checks: Checks, ctx: GameContext, event: PlayerEvent, ending: string): boolean {
  if (eventRefusal(checks, ctx, event) !== null) return false;
  if (event.type === 'round.next') return checks.endingAt(ctx) === ending;
  return event.type === 'facilitator.end' && checks.endingEarly(ctx) === ending;
}

function consoleRefusal(checks: Checks, ctx: GameContext, event: PlayerEvent): Refusal | null {
  switch (event.type) {
    case 'facilitator.pause':
      return startedRefusal(ctx) ?? pausedRefusal(ctx);
    case 'facilitator.resume':
      return startedRefusal(ctx) ?? (ctx.paused ? null : { code: 'not-paused' });
    case 'facilitator.extend':
      return startedRefusal(ctx);
    // News may be brought in while paused (a teacher pauses to explain, then injects).
    case 'facilitator.inject':
      return (
        startedRefusal(ctx) ??
        (canInject(checks.index, ctx, event.event) ? null : { code: 'cannot-inject', event: event.event })
      );
    case 'facilitator.write':
      return (
        startedRefusal(ctx) ?? (canWrite(checks.index, ctx, event) ? null : { code: 'cannot-inject', event: 'custom' })
      );
    case 'facilitator.end':
      // Every valid scenario has a last-resort ending, so a started game can always be ended.
      return startedRefusal(ctx) ?? (checks.endingEarly(ctx) === undefined ? { code: 'not-started' } : null);
    default:
      return null;
  }
}
