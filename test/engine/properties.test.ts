/**
 * Properties of random legal play (fast-check): the scripts are random, the games they play are
 * real. A failing case prints its seed and path; keep it below as a named regression test.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardBlocker } from '../../src/engine/cards';
import type { Game, Rules } from '../../src/engine/game';
import type { PlayerEvent } from '../../src/engine/game-events';
import { phaseEvents } from '../../src/engine/machine';
import { loadSave, saveOf } from '../../src/engine/save';
import { invariantViolations } from '../../src/engine/simulate';
import { candidateEvents, consoleEvents } from '../support/machine-oracle';
import { playScript, type Script } from '../support/random-play';
import { northsea, rulesOf, SEOUL_PATH, scenarioExists } from '../support/scenarios';

/** Scales every property's number of runs, for a longer hunt: `PROPERTY_RUNS_SCALE=20 npx vitest run …`. */
const SCALE = Math.max(1, Number(process.env.PROPERTY_RUNS_SCALE ?? 1) || 1);
const runs = (n: number) => ({ numRuns: n * SCALE });

/** Scripts of random play: any 32-bit seed, any length, teams at any seats, any picks. */
function scripts(rules: Rules, extra: Partial<Record<keyof Script, fc.Arbitrary<unknown>>> = {}) {
  const seats = rules.index.scenario.seats.map((s) => s.id);
  return fc.record({
    seed: fc.integer({ min: 0, max: 0xffffffff }),
    length: fc.constantFrom(...rules.index.scenario.lengths.map((l) => l.id)),
    humans: fc.option(fc.subarray(seats, { minLength: 1 }), { nil: undefined, freq: 3 }),
    choices: fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 40 }),
    ...extra,
  }) as fc.Arbitrary<Script>;
}

/**
 * Events a player might try at any moment: mostly the scenario's own (every card from every
 * seat, every flow event, every length), some of them legal there; the rest junk.
 */
function probes(rules: Rules): fc.Arbitrary<PlayerEvent> {
  const s = rules.index.scenario;
  const junk = fc.oneof(
    fc.record({
      type: fc.constant('card.play' as const),
      seat: fc.oneof(fc.constantFrom(...s.seats.map((x) => x.id)), fc.string({ maxLength: 10 })),
      card: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'toString'), fc.string({ maxLength: 12 })),
    }),
    fc.constant<PlayerEvent>({ type: 'game.start', length: 'endless' }),
  );
  return fc.oneof({ arbitrary: fc.constantFrom(...candidateEvents(rules)), weight: 4 }, { arbitrary: junk, weight: 1 });
}

/** The invariants hold after every event of a game. */
function invariantsHold(rules: Rules) {
  return (script: Script) => {
    playScript(rules, script, (game) => {
      expect(invariantViolations(game)).toEqual([]);
    });
  };
}

/** A game played by a script alone ends within its rounds and aftermath, in a bounded number of events. */
function endsWithinRounds(rules: Rules) {
  const s = rules.index.scenario;
  return (script: Script) => {
    const aftermath = rules.index.aftermath[script.length] ?? 0;
    const game = playScript(rules, script, (g) => {
      expect(g.context.round).toBeLessThanOrEqual(g.context.rounds + aftermath);
    });
    const rounds = (s.lengths.find((l) => l.id === script.length)?.rounds.length ?? 0) + aftermath;
    expect(game.phase).toBe('ended');
    expect(s.endings.map((e) => e.id)).toContain(game.context.ending);
    expect(game.context.round).toBeGreaterThanOrEqual(1);
    expect(game.context.round).toBeLessThanOrEqual(rounds);
    // game.start, then per round: brief, deliberation, the card limit of each seat a team holds,
    // turn end, next round.
    const seats = script.humans?.length ?? 1;
    expect(game.events.length).toBeLessThanOrEqual(1 + rounds * (4 + seats * s.rules.cardsPerRound));
  };
}

/**
 * Any event is accepted exactly when it is legal, that is when the machine itself can take it
 * (`snapshot.can`); a refused one says why and changes nothing.
 */
function refusesIllegal(rules: Rules) {
  return (script: Script, tries: PlayerEvent[]) => {
    const game = playScript(rules, script);
    for (const event of tries) {
      const legal = game.snapshot.can(event);
      const phase = game.phase;
      const before = game.snapshot;
      const context = structuredClone(before.context);
      const accepted = game.events.length;
      const result = game.send(event);
      expect(result.ok, `${JSON.stringify(event)} in ${phase}`).toBe(legal);
      if (result.ok) continue;
      expect(game.snapshot).toBe(before);
      expect(game.context).toEqual(context);
      expect(game.events.length).toBe(accepted);
      if (phase === 'ended') expect(result.refusal).toEqual({ code: 'game-over' });
      else if (!phaseEvents(rules.machine, phase).includes(event.type))
        expect(result.refusal).toEqual({ code: 'wrong-phase', phase, expected: phaseEvents(rules.machine, phase) });
      else if (event.type === 'card.play')
        expect(result.refusal).toEqual(cardBlocker(rules.index, game.context, event));
      else expect(result.refusal.code).toBe('cannot-start');
    }
  };
}

/** The console's events too are accepted exactly when the machine can take them; a refused one changes nothing. */
function consoleAsMachine(rules: Rules) {
  return (script: Script, picks: number[]) => {
    const game = playScript(rules, script);
    const tries = consoleEvents(rules, true);
    for (const pick of picks) {
      const event = tries[pick % tries.length] as PlayerEvent;
      const before = game.snapshot;
      const legal = before.can(event);
      const result = game.send(event);
      expect(result.ok, `${JSON.stringify(event)} in ${game.phase}`).toBe(legal);
      if (!result.ok) expect(game.snapshot).toBe(before);
    }
  };
}

/** The save, written as text and read back, replays to the very same game. */
function replaysExactly(rules: Rules) {
  return (script: Script) => {
    const game = playScript(rules, script);
    const loaded = loadSave(rules, JSON.stringify(saveOf(game)));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const copy: Game = loaded.value;
    expect(copy.snapshot.value).toEqual(game.snapshot.value);
    expect(copy.context).toEqual(game.context);
    expect(copy.events).toEqual(game.events);
    expect(copy.phase).toBe(game.phase);
  };
}

describe('random legal play of the fixture', () => {
  const rules = northsea();
  const consoleToo = scripts(rules, {
    facilitator: fc.constant(true),
    endAfter: fc.option(fc.nat({ max: 60 }), { nil: undefined }),
  });

  it('never breaks an invariant (meters, capital and rounds in range, ladder states equal the rungs)', () => {
    fc.assert(fc.property(scripts(rules), invariantsHold(rules)), runs(150));
  });

  it('never breaks an invariant with the facilitator at the console too', () => {
    fc.assert(fc.property(consoleToo, invariantsHold(rules)), runs(100));
  });

  it('ends every game within its rounds', () => {
    fc.assert(fc.property(scripts(rules), endsWithinRounds(rules)), runs(150));
  });

  it('accepts an event exactly when it is legal, and a refused event changes nothing', () => {
    const midGame = scripts(rules, { stopAfter: fc.nat({ max: 45 }) });
    fc.assert(
      fc.property(midGame, fc.array(probes(rules), { minLength: 1, maxLength: 12 }), refusesIllegal(rules)),
      runs(200),
    );
  });

  it("accepts the console's events exactly when the machine can take them", () => {
    const anyPoint = scripts(rules, { facilitator: fc.boolean(), stopAfter: fc.nat({ max: 50 }) });
    fc.assert(
      fc.property(anyPoint, fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 12 }), consoleAsMachine(rules)),
      runs(100),
    );
  });

  it('replays a save to the same game, mid-game or ended, undo and injections included', () => {
    const anyPoint = scripts(rules, {
      facilitator: fc.boolean(),
      stopAfter: fc.option(fc.nat({ max: 50 }), { nil: undefined }),
      endAfter: fc.option(fc.nat({ max: 60 }), { nil: undefined }),
    });
    fc.assert(fc.property(anyPoint, replaysExactly(rules)), runs(100));
  });
});

describe.skipIf(!scenarioExists(SEOUL_PATH))('random legal play of the shipped scenario', () => {
  // Fewer runs: its games are longer and its decks larger.
  it('keeps its invariants, ends within its rounds and replays exactly', () => {
    const rules = rulesOf(SEOUL_PATH);
    fc.assert(fc.property(scripts(rules), invariantsHold(rules)), runs(25));
    fc.assert(fc.property(scripts(rules), endsWithinRounds(rules)), runs(25));
    fc.assert(fc.property(scripts(rules, { facilitator: fc.boolean() }), replaysExactly(rules)), runs(15));
  });
});
