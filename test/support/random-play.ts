/**
 * Random legal play for property tests: at each step the events the machine accepts are listed and a
 * script of numbers picks one. The same script always plays the same game.
 */
import { Game, type Rules } from '../../src/engine/game';
import type { PlayerEvent } from '../../src/engine/game-events';
import { consoleEvents, legalEvents } from './machine-oracle';

export interface Script {
  seed: number;
  length: string;
  /** The seats teams hold; the scenario's player seat unless told. */
  humans?: string[];
  /** Picks, used in turn (and again from the start when they run out). */
  choices: number[];
  /** Also use the facilitator's console: pause, resume, extend, inject, write, undo. */
  facilitator?: boolean;
  /** How many console events a game may use (10 unless told), so that no script loops on undo. */
  consoleBudget?: number;
  /** Stop after this many events (the game may be left mid-round). */
  stopAfter?: number;
  /** End the game early from the console after this many events, if it is still going. */
  endAfter?: number;
}

/**
 * The console's events that the machine accepts now; past the budget, only what ends a pause.
 * Undo is the game's own (a replay, not a transition), offered when a card of this round can be taken back.
 */
export function facilitatorEvents(game: Game, budget = Number.POSITIVE_INFINITY): PlayerEvent[] {
  const spent = game.events.filter((e) => e.type.startsWith('facilitator.')).length;
  const tries: PlayerEvent[] = spent < budget ? consoleEvents(game.rules) : [{ type: 'facilitator.resume' }];
  const out = tries.filter((event) => game.snapshot.can(event));
  if (spent < budget && game.phase !== 'ended' && !game.context.paused && undoable(game))
    out.push({ type: 'facilitator.undo' });
  return out;
}

/** True when a card was played in the round still going on (what undo takes back). */
function undoable(game: Game): boolean {
  const events = game.effectiveEvents();
  for (let i = events.length - 1; i >= 0; i--) {
    const type = events[i]?.type;
    if (type === 'card.play') return true;
    if (type === 'round.next' || type === 'game.start') return false;
  }
  return false;
}

/** Every event the script may choose from now. */
export function choicesNow(game: Game, facilitator = false, budget = 10): PlayerEvent[] {
  const play = legalEvents(game.rules, game.snapshot);
  return facilitator ? [...play, ...facilitatorEvents(game, budget)] : play;
}

/**
 * Plays a script from the start. `step` sees the game after each accepted event; an event the
 * game refuses throws, since the script only picks events the game called legal.
 */
export function playScript(rules: Rules, script: Script, step?: (game: Game, event: PlayerEvent) => void): Game {
  const game = new Game(rules, script.seed);
  const start: PlayerEvent =
    script.humans === undefined
      ? { type: 'game.start', length: script.length }
      : { type: 'game.start', length: script.length, humans: script.humans };
  send(game, start, step);
  // A round is at most 4 flow events and the card limit of each seat, the console adds its budget
  // (and undo can take back a few cards): this bound is never reached by a sound game.
  const bound = 2_000;
  for (let i = 0; game.phase !== 'ended' && i < bound; i++) {
    if (script.stopAfter !== undefined && game.events.length >= script.stopAfter) break;
    if (script.endAfter !== undefined && game.events.length >= script.endAfter) {
      send(game, { type: 'facilitator.end' }, step);
      break;
    }
    const options = choicesNow(game, script.facilitator, script.consoleBudget);
    const pick = script.choices.length === 0 ? 0 : (script.choices[i % script.choices.length] ?? 0);
    send(game, options[pick % options.length] as PlayerEvent, step);
  }
  return game;
}

function send(game: Game, event: PlayerEvent, step?: (game: Game, event: PlayerEvent) => void): void {
  const result = game.send(event);
  if (!result.ok)
    throw new Error(
      `the game refused ${JSON.stringify(event)} in phase ${game.phase}: ${JSON.stringify(result.refusal)}`,
    );
  step?.(game, event);
}
