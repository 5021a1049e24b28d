/**
 * `rules.idleTeamsKeepBots`: an actor seat a team holds still answers through its bot in a round
 * its team plays no card, so a team that sits silent does not switch that side off.
 */
import { describe, expect, it } from 'vitest';
import { play } from '../support/play';
import { NORTHSEA_PATH, northsea, variant } from '../support/scenarios';

const keepBots = variant(NORTHSEA_PATH, (d) => {
  d.rules = { ...d.rules, idleTeamsKeepBots: true };
});

const koraviaReactions = (rounds: { kind: string; seat?: string; round: number }[]) =>
  rounds.filter((e) => e.kind === 'reaction' && e.seat === 'koravia').map((e) => e.round);

describe('idle teams keep their bots', () => {
  it("lets Koravia's bot answer while the team holding Koravia plays nothing", () => {
    const p = play(keepBots, { seed: 3 })
      .start('short', ['cabinet', 'koravia'])
      .rounds(['start-training'], ['ship-air-defence'], [], []);
    expect(koraviaReactions(p.context.log).length).toBeGreaterThan(0);
  });

  it('silences the bot in a round the team plays a card', () => {
    const p = play(keepBots, { seed: 1 })
      .start('short', ['cabinet', 'koravia'])
      .rounds(['koravia-escalate', 'start-training']);
    expect(koraviaReactions(p.context.log)).not.toContain(1);
  });

  it('leaves the rule off by default: a held seat stays silent', () => {
    const p = play(northsea(), { seed: 3 })
      .start('short', ['cabinet', 'koravia'])
      .rounds(['start-training'], ['ship-air-defence'], [], []);
    expect(koraviaReactions(p.context.log).filter((r) => r <= 4)).toEqual([]);
  });
});
