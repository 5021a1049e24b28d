/**
 * Every role has a stake: private facts only the role's team reads, and objectives of each role
 * and seat scored for the debrief beside the council's. The fixture gains a trade minister, a
 * fact for each role and for Koravia's seat, and objectives for both roles and for Koravia.
 */
import { describe, expect, it } from 'vitest';
import type { GameContext } from '../../src/engine/game-context';
import { privateFactsFor, publicScenario } from '../../src/engine/private-facts';
import { parseScenario } from '../../src/engine/scenario-parse';
import { stakeScores } from '../../src/engine/stakes';
import { viewOf } from '../../src/engine/views';
import { play } from '../support/play';
import { NORTHSEA_PATH, northsea, type RawScenario, scenarioData, variant } from '../support/scenarios';

const brief = (summary: string, fact: string) => ({
  summary,
  goals: ['Win.'],
  owns: 'Some cards.',
  private: [{ text: fact }],
});

function addStakes(d: RawScenario): void {
  const cabinet = d.seats[0];
  cabinet.roles[0].brief.private = [{ text: 'The premier knows the coalition will not survive a strike.' }];
  cabinet.roles[0].objectives = [
    { id: 'premier-trust', label: 'Keep the partners close', description: 'Trust at the end.', meter: 'trust' },
  ];
  cabinet.roles.push({
    id: 'trade',
    label: 'Trade minister',
    brief: brief('You keep the ports open.', 'Harbour insurers will leave if danger passes 50.'),
    objectives: [
      { id: 'trade-economy', label: 'Keep the ports open', description: 'Economy at the end.', meter: 'economy' },
      {
        id: 'trade-no-ships',
        label: 'No attacks on ships',
        description: 'Koravia never hits shipping.',
        when: { rung: 'koravia', op: '<', value: 'ships' },
      },
    ],
  });
  const koravia = d.seats[1];
  koravia.brief = brief('You lead Koravia.', 'Your fleet cannot sustain a blockade past summer.');
  koravia.objectives = [
    {
      id: 'koravia-embargo',
      label: 'Impose the embargo',
      description: 'At least the embargo.',
      when: { rung: 'koravia', op: '>=', value: 'embargo' },
    },
  ];
}

const rules = variant(NORTHSEA_PATH, addStakes);
const TEAMS = [
  { id: 'premier-team', name: 'Premier', seat: 'cabinet', role: 'premier' },
  { id: 'trade-team', name: 'Trade', seat: 'cabinet', role: 'trade' },
  { id: 'koravia-team', name: 'Koravia', seat: 'koravia' },
];
const texts = (facts: readonly { text: string }[] | undefined) => (facts ?? []).map((f) => f.text.split(' ')[1]);

describe('private facts', () => {
  const p = play(rules, { seed: 1 }).send({ type: 'game.start', length: 'short', teams: TEAMS });

  it("shows each team its own role's facts and nobody else's; the projector and the console none", () => {
    expect(texts(viewOf(p.game, { kind: 'team', team: 'premier-team' }).privateFacts)).toEqual(['premier']);
    expect(texts(viewOf(p.game, { kind: 'team', team: 'trade-team' }).privateFacts)).toEqual(['insurers']);
    expect(texts(viewOf(p.game, { kind: 'team', team: 'koravia-team' }).privateFacts)).toEqual(['fleet']);
    expect(viewOf(p.game, { kind: 'projector' }).privateFacts).toBeUndefined();
    expect(viewOf(p.game, { kind: 'facilitator' }).privateFacts).toBeUndefined();
  });

  it('gives a seat played alone, or a team alone at its seat, the facts of every role it speaks for', () => {
    const scenario = rules.index.scenario;
    expect(texts(privateFactsFor(scenario, [], { kind: 'seat', seat: 'cabinet' }))).toEqual(['premier', 'insurers']);
    const alone = [{ id: 'council', name: 'Council', seat: 'cabinet' }];
    expect(texts(privateFactsFor(scenario, alone, { kind: 'team', team: 'council' }))).toEqual(['premier', 'insurers']);
    // Beside the premier's team, a team without a role reads only what the premier's team does not hold.
    const beside = [TEAMS[0] as GameContext['teams'][number], { id: 'rest', name: 'Rest', seat: 'cabinet' }];
    expect(texts(privateFactsFor(scenario, beside, { kind: 'team', team: 'rest' }))).toEqual(['insurers']);
  });

  it("publicScenario keeps only the viewer's own facts, and changes nothing else", () => {
    const scenario = rules.index.scenario;
    const forTrade = publicScenario(scenario, { kind: 'team', team: 'trade-team' }, TEAMS);
    const facts = forTrade.seats.flatMap((s) => [
      ...(s.brief?.private ?? []),
      ...s.roles.flatMap((r) => r.brief.private ?? []),
    ]);
    expect(texts(facts)).toEqual(['insurers']);
    expect(
      texts(
        publicScenario(scenario, { kind: 'projector' }).seats.flatMap((s) =>
          s.roles.flatMap((r) => r.brief.private ?? []),
        ),
      ),
    ).toEqual([]);
    // Without its private facts the scenario is the same file, and still a valid one.
    const strip = (s: RawScenario) =>
      JSON.parse(JSON.stringify(s, (k, v) => (k === 'private' ? undefined : v))) as RawScenario;
    expect(strip(forTrade)).toEqual(strip(scenario));
    expect(parseScenario(forTrade).ok).toBe(true);
    // The scenario itself is untouched.
    expect(texts(scenario.seats[0]?.roles[0]?.brief.private)).toEqual(['premier']);
  });
});

describe('role and seat objectives', () => {
  it('scores each role and seat beside the council, in the debrief', () => {
    const game = play(rules, { seed: 1 }).start('short', ['cabinet', 'koravia']);
    game.round('koravia-escalate').toEnd();
    const stakes = stakeScores(rules.index, game.context);
    const { trust, economy } = game.context.meters;
    expect(stakes).toEqual([
      {
        seat: 'cabinet',
        role: 'premier',
        label: 'Premier',
        scores: [expect.objectContaining({ id: 'premier-trust', score: trust })],
      },
      {
        seat: 'cabinet',
        role: 'trade',
        label: 'Trade minister',
        scores: [
          expect.objectContaining({ id: 'trade-economy', score: economy }),
          expect.objectContaining({ id: 'trade-no-ships', score: 100 }),
        ],
      },
      { seat: 'koravia', label: 'Koravia', scores: [expect.objectContaining({ id: 'koravia-embargo', score: 100 })] },
    ]);
    expect(viewOf(game.game, { kind: 'projector' }).outcome?.stakes).toEqual(stakes);
  });

  it('leaves the outcome of a scenario without stakes as it was', () => {
    const game = play(northsea(), { seed: 1 }).start('short').toEnd();
    const outcome = viewOf(game.game, { kind: 'projector' }).outcome;
    expect(outcome && 'stakes' in outcome).toBe(false);
    expect(stakeScores(northsea().index, game.context)).toEqual([]);
  });

  it('names a dangling meter in a role objective by its path', () => {
    const data = scenarioData(NORTHSEA_PATH) as RawScenario;
    addStakes(data);
    data.seats[0].roles[1].objectives[0].meter = 'no-such-meter';
    const parsed = parseScenario(data);
    expect(parsed.ok ? [] : parsed.problems.map((x) => x.path)).toEqual(['$.seats[0].roles[1].objectives[0].meter']);
  });
});
