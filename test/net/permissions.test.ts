/**
 * What a class server lets each device send: the console anything, a team device its own seat's
 * cards and the council's intents in its own team's name only, the projector nothing.
 */
import { describe, expect, it } from 'vitest';
import type { PlayerEvent } from '../../src/engine/game-events';
import { permitted, type Sender } from '../../src/server/permissions';

const team: Sender = { viewer: { kind: 'team', team: 'ministers' }, seat: 'council' };

describe('a class server’s permissions', () => {
  it('fills in the team’s own name on its plays, proposals, withdrawals, decisions and votes', () => {
    const intents: PlayerEvent[] = [
      { type: 'card.play', seat: 'council', card: 'aid' },
      { type: 'card.propose', seat: 'council', card: 'aid', team: 'ministers' },
      { type: 'card.withdraw', team: 'ministers', card: 'aid' },
      { type: 'council.decide', team: 'ministers', adopt: ['aid'] },
      { type: 'vote.cast', team: 'ministers', vote: 'budget', yes: false },
    ];
    for (const intent of intents) expect(permitted(team, intent)).toEqual({ ...intent, team: 'ministers' });
  });

  it('refuses a team’s intent in another team’s name or for another seat', () => {
    expect(permitted(team, { type: 'card.propose', seat: 'council', card: 'aid', team: 'others' })).toBeUndefined();
    expect(permitted(team, { type: 'card.propose', seat: 'moscow', card: 'aid', team: 'ministers' })).toBeUndefined();
    expect(permitted(team, { type: 'council.decide', team: 'others', adopt: [] })).toBeUndefined();
    expect(permitted(team, { type: 'vote.cast', team: 'others', vote: 'budget', yes: true })).toBeUndefined();
    expect(permitted(team, { type: 'card.withdraw', team: 'others', card: 'aid' })).toBeUndefined();
  });

  it('keeps the console’s events for the console and lets the projector send nothing', () => {
    expect(permitted(team, { type: 'facilitator.undo' })).toBeUndefined();
    expect(permitted(team, { type: 'turn.end' })).toBeUndefined();
    const projector: Sender = { viewer: { kind: 'projector' } };
    expect(permitted(projector, { type: 'card.play', seat: 'council', card: 'aid' })).toBeUndefined();
    const console: Sender = { viewer: { kind: 'facilitator' } };
    expect(permitted(console, { type: 'facilitator.undo' })).toEqual({ type: 'facilitator.undo' });
  });
});
