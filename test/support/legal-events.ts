/**
 * The player events a game accepts at a given snapshot, listed from the engine's own rules
 * (the phase and `cardBlocker`), for graph traversal and random play.
 */
import type { SnapshotFrom } from 'xstate';
import { cardBlocker } from '../../src/engine/cards';
import type { Phase, Rules } from '../../src/engine/game';
import type { PlayerEvent } from '../../src/engine/game-events';
import type { GameMachine } from '../../src/engine/machine';

export type GameSnapshot = SnapshotFrom<GameMachine>;

/** The phase a snapshot is in, as `Game.phase` reports it. */
export function phaseOf(snapshot: GameSnapshot): Phase {
  const value = snapshot.value;
  return typeof value === 'string' ? 'ended' : (value.playing.flow as Phase);
}

/** Every player event (not the console's) that the game would accept now, in a stable order. */
export function legalEvents(rules: Rules, snapshot: GameSnapshot): PlayerEvent[] {
  const s = rules.index.scenario;
  // While the facilitator has paused the game, only the console acts.
  if (snapshot.context.paused) return [];
  switch (phaseOf(snapshot)) {
    case 'setup':
      return s.lengths.map((l) => ({ type: 'game.start', length: l.id }));
    case 'brief':
      return [{ type: 'brief.done' }];
    case 'deliberate':
      return [{ type: 'deliberation.done' }];
    case 'decide': {
      const ctx = snapshot.context;
      const plays: PlayerEvent[] = s.cards
        .filter((c) => cardBlocker(rules.index, ctx, { seat: c.seat, card: c.id }) === null)
        .map((c) => ({ type: 'card.play', seat: c.seat, card: c.id }));
      return [...plays, { type: 'turn.end' }];
    }
    case 'resolve':
      return [{ type: 'round.next' }];
    case 'ended':
      return [];
  }
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
