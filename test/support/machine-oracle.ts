/**
 * The events a test may try, and which of them the game accepts now. The oracle for "is it
 * legal" is the machine itself (`snapshot.can`), never a copy of its rules kept by the tests.
 */
import type { Rules } from '../../src/engine/game';
import type { PlayerEvent } from '../../src/engine/game-events';
import { type GameSnapshot, phaseOf, phaseTakes } from '../../src/engine/machine';

/** Every player event (not the console's) of the scenario, each card from its own seat, in a stable order. */
function playerEvents(rules: Rules): PlayerEvent[] {
  const s = rules.index.scenario;
  return [
    ...s.lengths.map((l) => ({ type: 'game.start' as const, length: l.id })),
    { type: 'brief.done' },
    { type: 'deliberation.done' },
    ...s.cards.map((c) => ({ type: 'card.play' as const, seat: c.seat, card: c.id })),
    { type: 'turn.end' },
    { type: 'round.next' },
  ];
}

/**
 * The player events the machine accepts at this snapshot, in the order of `playerEvents`. (Asking
 * `can` only about the events the phase has transitions for saves time in the graph traversals;
 * `can` alone decides.)
 */
export function legalEvents(rules: Rules, snapshot: GameSnapshot): PlayerEvent[] {
  const phase = phaseOf(snapshot);
  return playerEvents(rules).filter((e) => phaseTakes(rules.machine, phase, e.type) && snapshot.can(e));
}

/**
 * Every event a player could try, legal or not: each event type, and a card play for every
 * card from every seat. A property test sends these to check refusals.
 */
export function candidateEvents(rules: Rules): PlayerEvent[] {
  const s = rules.index.scenario;
  return [
    ...s.lengths.map((l) => ({ type: 'game.start' as const, length: l.id })),
    { type: 'brief.done' },
    { type: 'deliberation.done' },
    ...s.seats.flatMap((seat) => s.cards.map((c) => ({ type: 'card.play' as const, seat: seat.id, card: c.id }))),
    { type: 'turn.end' },
    { type: 'round.next' },
  ];
}

/** A news item the facilitator writes on the spot, with a meter change that may hit a bound. */
const WRITTEN = (meter: string): PlayerEvent => ({
  type: 'facilitator.write',
  inject: { title: 'A rumour spreads', text: 'Nobody knows where it started.', effects: [{ meter, add: -30 }] },
});

/** The console's events a test may try: pause, resume, extend, each event of the deck drawn, a written one, the end. */
export function consoleEvents(rules: Rules, withEnd = false): PlayerEvent[] {
  const s = rules.index.scenario;
  return [
    { type: 'facilitator.pause' },
    { type: 'facilitator.resume' },
    { type: 'facilitator.extend', seconds: 30 },
    ...s.events.map((e) => ({ type: 'facilitator.inject' as const, event: e.id })),
    WRITTEN(s.meters[0]?.id ?? ''),
    ...(withEnd ? [{ type: 'facilitator.end' as const }] : []),
  ];
}
