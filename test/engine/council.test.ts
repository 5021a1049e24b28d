/**
 * The council decides together, on the fixture with a trade minister beside the premier and the
 * premier in the chair: teams propose, the chair's team adopts up to the round's limit and vetoes
 * the rest, and nobody plays the council's cards directly.
 */
import { describe, expect, it } from 'vitest';
import { Game } from '../../src/engine/game';
import type { LogEntry } from '../../src/engine/game-context';
import type { PlayerEvent } from '../../src/engine/game-events';
import { parseScenario } from '../../src/engine/scenario-parse';
import { viewOf } from '../../src/engine/views';
import { play } from '../support/play';
import { NORTHSEA_PATH, northsea, type RawScenario, scenarioData, variant } from '../support/scenarios';

function addCouncil(d: RawScenario): void {
  d.seats[0].roles.push({
    id: 'trade',
    label: 'Trade minister',
    brief: { summary: 'You keep the ports open.', goals: ['Keep trade flowing.'], owns: 'Trade deals.' },
  });
  d.rules.council = { chair: 'premier' };
}

const rules = variant(NORTHSEA_PATH, addCouncil);
const TEAMS = [
  { id: 'chair', name: 'Premier', seat: 'cabinet', role: 'premier' },
  { id: 'trade', name: 'Trade', seat: 'cabinet', role: 'trade' },
];
const propose = (team: string, card: string, rationale?: string): PlayerEvent => ({
  type: 'card.propose',
  seat: 'cabinet',
  card,
  team,
  ...(rationale ? { rationale } : {}),
});
const start = () => play(rules, { seed: 1 }).send({ type: 'game.start', length: 'short', teams: TEAMS }).toDecide();
const council = (log: readonly LogEntry[]) =>
  log.flatMap((e) =>
    e.kind === 'proposal' || e.kind === 'veto' || e.kind === 'withdrawn'
      ? [`${e.kind}:${e.team}:${e.card}`]
      : e.kind === 'council'
        ? [`council:${e.team}:${e.adopted.join('+')}`]
        : e.kind === 'card'
          ? [`card:${e.team}:${e.id}`]
          : [],
  );

describe('the council', () => {
  it("the chair adopts one proposal and vetoes the other; the adopted card is played as its proposer's", () => {
    const p = start();
    p.expectRefused({ type: 'card.play', seat: 'cabinet', card: 'trade-deal', team: 'trade' }, 'propose-instead');
    p.send(propose('trade', 'trade-deal', 'Ports first.')).send(propose('chair', 'send-medicine'));
    p.expectRefused({ type: 'turn.end' }, 'council-undecided');
    p.expectRefused({ type: 'council.decide', team: 'trade', adopt: ['trade-deal'] }, 'not-chair');
    p.send({ type: 'council.decide', team: 'chair', adopt: ['trade-deal'], rationale: 'Trade matters more now.' });
    expect(council(p.context.log)).toEqual([
      'proposal:trade:trade-deal',
      'proposal:chair:send-medicine',
      'council:chair:trade-deal',
      'veto:chair:send-medicine',
      'card:trade:trade-deal',
    ]);
    const played = p.context.log.find((e) => e.kind === 'card');
    expect(played).toEqual({
      kind: 'card',
      round: 1,
      id: 'trade-deal',
      seat: 'cabinet',
      team: 'trade',
      rationale: 'Ports first.',
    });
    // Economy 60 − 5 (the storm) + 15 (the trade deal); capital 3 − 2.
    p.expectMeter('economy', 70).expectCapital(1);
    p.expectRefused(propose('trade', 'send-medicine'), 'council-decided');
    p.endTurn().nextRound().toDecide();
    // A new round opens the council again.
    p.send(propose('trade', 'send-medicine'));
  });

  it('no team can fill both slots by being first', () => {
    const p = start().send(propose('chair', 'send-medicine'));
    p.expectRefused(propose('chair', 'trade-deal'), 'proposal-limit');
    p.expectRefused(propose('trade', 'send-medicine'), 'already-proposed');
    p.send(propose('trade', 'trade-deal'));
    p.send({ type: 'council.decide', team: 'chair', adopt: ['send-medicine', 'trade-deal'] });
    expect(p.context.playedThisRound).toEqual(['send-medicine', 'trade-deal']);
  });

  it("shows each team's hand closed where the council would refuse its proposal, with the same reason", () => {
    const p = start().send(propose('chair', 'send-medicine'));
    const hand = (team: string) => viewOf(p.game, { kind: 'team', team }).hand;
    const blocker = (team: string, card: string) => hand(team).find((c) => c.card === card)?.blocker ?? null;
    expect(blocker('trade', 'send-medicine')).toEqual({ code: 'already-proposed', card: 'send-medicine' });
    expect(blocker('chair', 'trade-deal')).toEqual({ code: 'proposal-limit', limit: 1 });
    expect(blocker('trade', 'trade-deal')).toBeNull();
    p.send(propose('trade', 'trade-deal')).send({ type: 'council.decide', team: 'chair', adopt: ['trade-deal'] });
    expect(hand('trade').every((c) => c.blocker?.code === 'council-decided')).toBe(true);
  });

  it('refuses a decision that names what was not proposed, too much, or what cannot be paid for; a veto of all', () => {
    // Training is the premier's own decision, so only the chair's team may propose it.
    const p = start().send(propose('chair', 'start-training'));
    p.expectRefused(propose('trade', 'start-training'), 'already-proposed');
    p.send(propose('trade', 'trade-deal'));
    p.expectRefused({ type: 'council.decide', team: 'chair', adopt: ['send-medicine'] }, 'not-proposed');
    p.expectRefused(
      { type: 'council.decide', team: 'chair', adopt: ['start-training', 'trade-deal', 'send-medicine'] },
      'too-many-adopted',
    );
    p.expectRefused({ type: 'council.decide', team: 'chair', adopt: ['trade-deal', 'trade-deal'] }, 'not-proposed');
    // Capital 3 pays for one of the two (2 each): the second is refused with the card's own reason.
    p.expectRefused({ type: 'council.decide', team: 'chair', adopt: ['start-training', 'trade-deal'] }, 'capital');
    // The trade minister withdraws; the chair vetoes everything by adopting nothing.
    p.expectRefused({ type: 'card.withdraw', team: 'chair', card: 'trade-deal' }, 'not-proposed');
    p.send({ type: 'card.withdraw', team: 'trade', card: 'trade-deal' });
    p.send({ type: 'council.decide', team: 'chair', adopt: [] });
    expect(council(p.context.log).slice(-3)).toEqual([
      'withdrawn:trade:trade-deal',
      'council:chair:',
      'veto:chair:start-training',
    ]);
    expect(p.context.playedThisRound).toEqual([]);
    p.endTurn();
  });

  it('leaves solo play and a class without a chair team to card.play, and refuses council events there', () => {
    const solo = play(rules, { seed: 1 }).start('short').toDecide().decide('trade-deal');
    solo.expectRefused(propose('chair', 'send-medicine'), 'council-off');
    // A scenario without a council does not take the council's events at all.
    play(northsea(), { seed: 1 })
      .start('short')
      .toDecide()
      .expectRefused(propose('chair', 'send-medicine'), 'wrong-phase');
    const noChair = play(rules, { seed: 1 })
      .send({ type: 'game.start', length: 'short', teams: [TEAMS[1] as (typeof TEAMS)[number]] })
      .toDecide();
    noChair.send({ type: 'card.play', seat: 'cabinet', card: 'trade-deal', team: 'trade' });
  });

  it("the facilitator's undo takes back the chair's decision, then a proposal, and nothing from an earlier round", () => {
    const p = start().send(propose('trade', 'trade-deal')).send(propose('chair', 'send-medicine'));
    const proposed = p.context;
    p.send({ type: 'council.decide', team: 'chair', adopt: ['trade-deal'] });
    expect(p.context.playedThisRound).toEqual(['trade-deal']);
    // The decision goes, with the card it played and the veto: both proposals wait again.
    p.send({ type: 'facilitator.undo' });
    expect(p.context.playedThisRound).toEqual([]);
    expect(p.context.council).toEqual(proposed.council);
    expect(council(p.context.log)).toEqual(['proposal:trade:trade-deal', 'proposal:chair:send-medicine']);
    // Then the last proposal.
    p.send({ type: 'facilitator.undo' });
    expect(p.context.council?.proposals.map((x) => x.card)).toEqual(['trade-deal']);
    p.send({ type: 'council.decide', team: 'chair', adopt: ['trade-deal'] })
      .endTurn()
      .nextRound()
      .toDecide();
    p.expectRefused({ type: 'facilitator.undo' }, 'nothing-to-undo');
  });

  it('replays a council round exactly from its events', () => {
    const p = start()
      .send(propose('trade', 'send-medicine'))
      .send(propose('chair', 'start-training'))
      .send({ type: 'council.decide', team: 'chair', adopt: ['start-training', 'send-medicine'] })
      .endTurn()
      .nextRound();
    const again = new Game(rules, 1);
    for (const event of p.game.events) expect(again.send(event)).toEqual({ ok: true });
    expect(again.context).toEqual(p.context);
  });

  it('names a chair that is not a role of the player seat by its path', () => {
    const data = scenarioData(NORTHSEA_PATH) as RawScenario;
    data.rules.council = { chair: 'nobody' };
    const parsed = parseScenario(data);
    expect(parsed.ok ? [] : parsed.problems.map((x) => x.path)).toEqual(['$.rules.council.chair']);
  });
});
