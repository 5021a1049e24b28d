/**
 * The opposition's vote: a consent card on the council fixture calls a vote that belongs to the
 * opposition leader. Its team chooses yes or no, each with the consequences the file declares;
 * with no team holding the role, its bot votes with the odds of trust; a vote from the wrong
 * team, or one nobody called, is refused with the reason and changes nothing.
 */
import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../src/engine/game-context';
import type { PlayerEvent } from '../../src/engine/game-events';
import { parseScenarioText } from '../../src/engine/scenario-parse';
import { viewOf } from '../../src/engine/views';
import { addCouncilRules, CONSENT_VOTE } from '../support/council-fixture';
import { play } from '../support/play';
import { NORTHSEA_PATH, type RawScenario, scenarioData, variant } from '../support/scenarios';

const rules = variant(NORTHSEA_PATH, addCouncilRules);
const TEAMS = [
  { id: 'chair', name: 'Premier', seat: 'cabinet', role: 'premier' },
  { id: 'opp', name: 'Opposition', seat: 'cabinet', role: 'opposition' },
];
const SOLO_CHAIR = [{ id: 'chair', name: 'Premier', seat: 'cabinet', role: 'premier' }];
const votes = (log: readonly LogEntry[]) =>
  log.flatMap((e) =>
    e.kind === 'vote-called'
      ? [`called:${e.team}`]
      : e.kind === 'vote'
        ? [`${e.team ?? 'bot'}:${e.yes ? 'yes' : 'no'}`]
        : [],
  );

/** A class where the chair adopts the opposition's consent card: the vote is then called. */
function voteCalled(seed = 1) {
  const p = play(rules, { seed }).send({ type: 'game.start', length: 'short', teams: TEAMS }).toDecide();
  p.send({ type: 'card.propose', seat: 'cabinet', card: 'consent-vote', team: 'opp' });
  p.send({ type: 'council.decide', team: 'chair', adopt: ['consent-vote'] });
  return p;
}

describe('the vote', () => {
  it('the team holding the voter votes yes: the vote waits for it, then its consequences follow', () => {
    const p = voteCalled();
    expect(p.context.votes?.map((v) => [v.vote, v.team])).toEqual([['consent', 'opp']]);
    const trust = p.context.meters.trust ?? 0;
    p.expectRefused({ type: 'turn.end' }, 'vote-waiting');
    p.send({ type: 'vote.cast', team: 'opp', vote: 'consent', yes: true });
    expect(p.context.flags['assembly-consent']).toBe(true);
    expect(p.context.meters.trust).toBe(trust + 5);
    expect(p.context.votes).toEqual([]);
    expect(votes(p.context.log)).toEqual(['called:opp', 'opp:yes']);
    p.send({ type: 'turn.end' });
  });

  it('the team votes no: the no side applies, and no dice are rolled', () => {
    const p = voteCalled();
    const { trust = 0 } = p.context.meters;
    const capital = p.context.capital;
    const rng = p.context.rng;
    p.send({ type: 'vote.cast', team: 'opp', vote: 'consent', yes: false });
    expect(p.context.flags['assembly-consent']).toBeUndefined();
    expect(p.context.meters.trust).toBe(trust - 5);
    expect(p.context.capital).toBe(capital - 1);
    expect(p.context.rng).toBe(rng);
    expect(votes(p.context.log)).toEqual(['called:opp', 'opp:no']);
  });

  it('a vote from the wrong team, a vote nobody called, a second vote: refused with the reason, the state unchanged', () => {
    const p = voteCalled();
    const before = p.context;
    p.expectRefused({ type: 'vote.cast', team: 'chair', vote: 'consent', yes: true } as PlayerEvent, 'not-voter');
    p.expectRefused({ type: 'vote.cast', team: 'opp', vote: 'budget', yes: true }, 'no-vote');
    expect(p.context).toBe(before);
    p.send({ type: 'vote.cast', team: 'opp', vote: 'consent', yes: true });
    p.expectRefused({ type: 'vote.cast', team: 'opp', vote: 'consent', yes: false }, 'no-vote');
    expect(votes(p.context.log)).toEqual(['called:opp', 'opp:yes']);
  });

  it('with no team holding the voter, its bot votes at once with the odds of trust, shown on the card before', () => {
    const seen = new Set<string>();
    for (let seed = 1; seed <= 12; seed++) {
      const p = play(rules, { seed }).send({ type: 'game.start', length: 'short', teams: SOLO_CHAIR }).toDecide();
      const view = viewOf(p.game, { kind: 'team', team: 'chair' });
      const odds = view.hand.find((c) => c.card === 'consent-vote')?.odds;
      const trust = p.context.meters.trust ?? 0;
      expect(odds).toEqual([{ label: CONSENT_VOTE.label, chance: 0.1 + 0.8 * (trust / 100) }]);
      p.send({ type: 'card.propose', seat: 'cabinet', card: 'consent-vote', team: 'chair' });
      p.send({ type: 'council.decide', team: 'chair', adopt: ['consent-vote'] });
      const vote = p.context.log.find((e) => e.kind === 'vote');
      expect(vote).toMatchObject({ kind: 'vote', vote: 'consent', chance: 0.1 + 0.8 * (trust / 100) });
      expect(vote && 'team' in vote).toBe(false);
      expect(p.context.votes ?? []).toEqual([]);
      expect(p.context.flags['assembly-consent'] === true).toBe(vote?.kind === 'vote' && vote.yes);
      if (vote?.kind === 'vote') seen.add(vote.yes ? 'yes' : 'no');
      p.send({ type: 'turn.end' });
    }
    expect([...seen].sort()).toEqual(['no', 'yes']);
  });

  it('solo play keeps the vote a bot’s, so a game without teams never waits', () => {
    const p = play(rules, { seed: 2 }).start('short').toDecide();
    p.send({ type: 'card.play', seat: 'cabinet', card: 'consent-vote' });
    expect(votes(p.context.log)).toHaveLength(1);
    p.send({ type: 'turn.end' });
  });

  it('the scenario check names a voter who is not there', () => {
    const d = scenarioData(NORTHSEA_PATH) as RawScenario;
    addCouncilRules(d);
    d.cards.at(-1).effects[0].voter = { seat: 'cabinet', role: 'speaker' };
    const parsed = parseScenarioText(JSON.stringify(d));
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.problems).toContainEqual(
      expect.objectContaining({ path: '$.cards[13].effects[0].voter.role', expected: 'a role of seat "cabinet"' }),
    );
  });
});
