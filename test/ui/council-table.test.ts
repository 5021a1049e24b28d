/**
 * Where a team's hand would lie, a screen with no hand of its own (the projector, the teacher's
 * console) shows the council's table: the cards adopted this round, then the proposals still
 * open, each with the name of the team that proposed it. A team's own table keeps its hand.
 */
import { describe, expect, it } from 'vitest';
import type { PlayerEvent } from '../../src/engine/game-events';
import { viewOf } from '../../src/engine/views';
import { english } from '../../src/view/locale';
import { tableModel } from '../../src/view/table-model';
import { addCouncilRules } from '../support/council-fixture';
import { play } from '../support/play';
import { NORTHSEA_PATH, variant } from '../support/scenarios';

const rules = variant(NORTHSEA_PATH, addCouncilRules);
const TEAMS = [
  { id: 'chair', name: 'Premier’s office', seat: 'cabinet', role: 'premier' },
  { id: 'trade', name: 'Harbour <b>board</b>', seat: 'cabinet', role: 'trade' },
];
const propose = (team: string, card: string): PlayerEvent => ({ type: 'card.propose', seat: 'cabinet', card, team });
const start = () => play(rules, { seed: 1 }).send({ type: 'game.start', length: 'short', teams: TEAMS }).toDecide();
const modelFor = (p: ReturnType<typeof start>, viewer: Parameters<typeof viewOf>[1]) =>
  tableModel(rules.index, viewOf(p.game, viewer), english);

describe("the council's table", () => {
  it('shows the open proposals with their teams on the projector and the console, to be read', () => {
    const p = start().send(propose('trade', 'trade-deal')).send(propose('chair', 'send-medicine'));
    for (const viewer of [{ kind: 'projector' }, { kind: 'facilitator' }] as const) {
      const m = modelFor(p, viewer);
      expect(m.handOwner).toBe('council');
      expect(m.hand.map((c) => [c.id, c.proposal, c.status])).toEqual([
        ['trade-deal', 'Proposed by Harbour <b>board</b>', 'idle'],
        ['send-medicine', 'Proposed by Premier’s office', 'idle'],
      ]);
    }
  });

  it("after the chair's decision shows the adopted card as played, and the vetoed one no more", () => {
    const p = start().send(propose('trade', 'trade-deal')).send(propose('chair', 'send-medicine'));
    p.send({ type: 'council.decide', team: 'chair', adopt: ['trade-deal'] });
    const m = modelFor(p, { kind: 'projector' });
    expect(m.hand.map((c) => [c.id, c.proposal, c.status])).toEqual([['trade-deal', undefined, 'played']]);
    expect(p.context.playedThisRound).toContain('trade-deal');
  });

  it("keeps a team's own hand on its own table", () => {
    const p = start().send(propose('trade', 'trade-deal'));
    const m = modelFor(p, { kind: 'team', team: 'chair' });
    expect(m.handOwner).toBe('viewer');
    expect(m.hand.length).toBeGreaterThan(1);
    expect(m.hand.every((c) => c.proposal === undefined)).toBe(true);
  });
});
