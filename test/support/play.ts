/**
 * A chainable test harness that speaks the game's language, in the manner of tldraw's
 * TestEditor: `play(rules, { seed: 3 }).start('short').toDecide().decide('start-training')
 * .expectRung('norvalia', 'training').endTurn().nextRound()…expectEnding('guardian')`.
 * Every step sends a real event to a real `Game`; a refused step fails the test with the reason.
 */
import { expect } from 'vitest';
import { Game, type Phase, prepare, type Refusal, type Rules } from '../../src/engine/game';
import type { GameContext } from '../../src/engine/game-context';
import type { PlayerEvent } from '../../src/engine/game-events';
import { rungsOf } from '../../src/engine/machine';
import type { Scenario } from '../../src/engine/scenario-schema';

export interface PlayOptions {
  seed?: number;
}

/** Starts a game of the given rules (or scenario) with a seed, 1 unless told. */
export function play(rules: Rules | Scenario, options: PlayOptions = {}): Play {
  return new Play('machine' in rules ? rules : prepare(rules), options.seed ?? 1);
}

/** One game under test; every method returns the harness so steps chain. */
export class Play {
  readonly game: Game;

  constructor(rules: Rules, seed: number) {
    this.game = new Game(rules, seed);
  }

  get context(): GameContext {
    return this.game.context;
  }

  get phase(): Phase {
    return this.game.phase;
  }

  /** Sends an event that must be accepted. */
  send(event: PlayerEvent): this {
    const result = this.game.send(event);
    expect(result, `${JSON.stringify(event)} in phase ${this.phase}`).toEqual({ ok: true });
    return this;
  }

  start(length: string, humans?: string[]): this {
    return this.send(humans === undefined ? { type: 'game.start', length } : { type: 'game.start', length, humans });
  }

  /** Ends the brief (the round's news has been read). */
  brief(): this {
    return this.send({ type: 'brief.done' });
  }

  /** Ends the deliberation. */
  deliberate(): this {
    return this.send({ type: 'deliberation.done' });
  }

  /** Moves on from the brief or the deliberation to the decision. */
  toDecide(): this {
    if (this.phase === 'brief') this.brief();
    if (this.phase === 'deliberate') this.deliberate();
    return this.expectPhase('decide');
  }

  /** Plays a card; the seat is the card's own unless told. */
  decide(card: string, options: { seat?: string; rationale?: string } = {}): this {
    const seat = options.seat ?? this.game.rules.index.cards[card]?.seat ?? this.game.rules.index.scenario.player;
    return this.send(
      options.rationale === undefined
        ? { type: 'card.play', seat, card }
        : { type: 'card.play', seat, card, rationale: options.rationale },
    );
  }

  endTurn(): this {
    return this.send({ type: 'turn.end' });
  }

  nextRound(): this {
    return this.send({ type: 'round.next' });
  }

  /** A whole round: to the decision, these cards in order, end the turn, move on. */
  round(...cards: string[]): this {
    this.toDecide();
    for (const card of cards) this.decide(card);
    return this.endTurn().nextRound();
  }

  /** Plays the given rounds one after another (each an array of card ids). */
  rounds(...rounds: string[][]): this {
    for (const cards of rounds) this.round(...cards);
    return this;
  }

  /** Plays empty rounds until the game ends. */
  toEnd(): this {
    for (let guard = 0; this.phase !== 'ended' && guard < 100; guard++) this.round();
    return this.expectPhase('ended');
  }

  expectPhase(phase: Phase): this {
    expect(this.phase).toBe(phase);
    return this;
  }

  expectRound(round: number): this {
    expect(this.context.round).toBe(round);
    return this;
  }

  /** The ladder stands on the rung, in the context and in the machine's ladder region alike. */
  expectRung(ladder: string, rung: string): this {
    expect(this.context.rungs[ladder], `rung of ${ladder}`).toBe(rung);
    if (this.phase !== 'ended') expect(rungsOf(this.game.snapshot)[ladder], `state of ${ladder}`).toBe(rung);
    return this;
  }

  expectMeter(meter: string, value: number): this {
    expect(this.context.meters[meter], `meter ${meter}`).toBe(value);
    return this;
  }

  expectCapital(value: number): this {
    expect(this.context.capital, 'capital').toBe(value);
    return this;
  }

  expectFlag(flag: string, value = true): this {
    expect(this.context.flags[flag] === true, `flag ${flag}`).toBe(value);
    return this;
  }

  /** Exactly these cards of the seat (the player's unless told) are playable now. */
  expectPlayable(cards: string[], seat = this.game.rules.index.scenario.player): this {
    expect(this.game.playable(seat).map((c) => c.id)).toEqual(cards);
    return this;
  }

  /** The card is closed now, for the reason with this code. */
  expectBlocked(card: string, code: string, seat?: string): this {
    const owner = seat ?? this.game.rules.index.cards[card]?.seat ?? '';
    const status = this.game.cards(owner).find((c) => c.card.id === card);
    expect(status?.blocker?.code, `blocker of ${card}`).toBe(code);
    return this;
  }

  /** The event is refused with this code, and the game is exactly as it was. */
  expectRefused(event: PlayerEvent, code: Refusal['code']): this {
    const before = this.game.snapshot;
    const context = structuredClone(before.context);
    const accepted = this.game.events.length;
    const result = this.game.send(event);
    expect(result.ok, `${JSON.stringify(event)} should be refused`).toBe(false);
    if (!result.ok) expect(result.refusal.code).toBe(code);
    expect(this.game.snapshot).toBe(before);
    expect(this.game.context).toEqual(context);
    expect(this.game.events.length).toBe(accepted);
    return this;
  }

  expectEnding(ending: string): this {
    expect(this.phase).toBe('ended');
    expect(this.context.ending).toBe(ending);
    expect(this.game.snapshot.value).toBe(ending);
    return this;
  }

  /** The rung moves so far, as `ladder:rung`, in order. */
  rungPath(): string[] {
    return this.context.log.flatMap((e) => (e.kind === 'rung' ? [`${e.ladder}:${e.to}`] : []));
  }

  /** The ids of the events drawn so far, in order. */
  eventsDrawn(): string[] {
    return this.context.log.flatMap((e) => (e.kind === 'event' ? [e.id] : []));
  }
}
