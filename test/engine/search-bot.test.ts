/**
 * The look-ahead bot on the test fixture: it never reads the game's own dice, the same seed gives
 * the same game, it beats every fixed bot, it leaves a planted dominated card alone, it plays a
 * planted card that is worth nothing alone when it opens a good one the same turn, and held to
 * restraint it never climbs above the first rung of the second tier; it keeps its word on a red
 * line it judges crossed.
 */
import { describe, expect, it } from 'vitest';
import { type PlayerName, playOne, type RunSettings } from '../../src/engine/balance-jobs';
import { Game, type Rules } from '../../src/engine/game';
import { playerLadder, restraintCap } from '../../src/engine/ladder-reach';
import { playToDecide } from '../../src/engine/playout';
import { rolloutFor } from '../../src/engine/rollout';
import { DEFAULT_SEARCH, objectiveMean, planTurn, searchTurn } from '../../src/engine/search-bot';
import { play } from '../support/play';
import { addRedLines } from '../support/red-line-fixture';
import { NORTHSEA_PATH, northsea, variant } from '../support/scenarios';

const RUN: RunSettings = { length: 'short', seed: 11, search: DEFAULT_SEARCH, lineSearch: DEFAULT_SEARCH };
const GAMES = 40;

function meanScore(rules: Rules, player: PlayerName, games = GAMES): number {
  let sum = 0;
  for (let i = 0; i < games; i++) sum += objectiveMean(rules.index, playOne(rules, RUN, player, i).ctx);
  return sum / games;
}

/** A fixture game at the decide phase of round 2, after a card in round 1. */
function midGame(rules: Rules, seed: number): Game {
  const game = new Game(rules, seed);
  game.send({ type: 'game.start', length: 'short' });
  playToDecide(game);
  game.send({ type: 'card.play', seat: 'cabinet', card: 'send-medicine' });
  game.send({ type: 'turn.end' });
  playToDecide(game);
  return game;
}

describe('Game.branch', () => {
  it('copies the state with other dice and leaves the game as it was', () => {
    const game = midGame(northsea(), 3);
    const before = JSON.stringify(game.context);
    const branch = game.branch(12345);
    expect(branch.context.rng).toBe(12345);
    expect({ ...branch.context, rng: game.context.rng }).toEqual(game.context);
    expect(branch.send({ type: 'card.play', seat: 'cabinet', card: 'start-training' }).ok).toBe(true);
    expect(branch.context.rungs.norvalia).toBe('training');
    expect(JSON.stringify(game.context)).toBe(before);
    expect(branch.events).toHaveLength(1);
  });
});

describe('the search bot', () => {
  it("chooses from what a player sees: the game's own dice do not change its plan or estimates", () => {
    const rules = northsea();
    const game = midGame(rules, 5);
    const other = game.branch((game.context.rng ^ 0x5a5a5a5a) >>> 0);
    const rollout = rolloutFor(rules, 'short');
    const a = planTurn(game, 'cabinet', DEFAULT_SEARCH, 77, rollout);
    const b = planTurn(other, 'cabinet', DEFAULT_SEARCH, 77, rollout);
    expect(b).toEqual(a);
    expect(a.options).toBeGreaterThan(1);
  });

  it('makes the same plan and plays the same game for the same seed', () => {
    const rules = northsea();
    const game = midGame(rules, 5);
    const rollout = rolloutFor(rules, 'short');
    expect(planTurn(game, 'cabinet', DEFAULT_SEARCH, 1, rollout)).toEqual(
      planTurn(game, 'cabinet', DEFAULT_SEARCH, 1, rollout),
    );
    expect(JSON.stringify(playOne(rules, RUN, 'search-free', 3))).toBe(
      JSON.stringify(playOne(rules, RUN, 'search-free', 3)),
    );
  });

  it('scores higher on the objectives than the random, hawk, dove and cautious bots', () => {
    const rules = northsea();
    const search = meanScore(rules, 'search-free');
    for (const policy of ['random', 'hawk', 'dove', 'cautious'] as const)
      expect(search, `search ${search} against ${policy}`).toBeGreaterThan(meanScore(rules, policy) + 1);
  });

  it('never plays a planted card that is worse than another card and than playing nothing', () => {
    const rules = variant(NORTHSEA_PATH, (data) => {
      data.cards.push({
        id: 'costly-medicine',
        seat: 'cabinet',
        label: 'Costly medicine',
        text: 'The same supplies, dearer and late.',
        explain: 'Planted for a test: dominated by Send medicine.',
        cost: 2,
        posture: 0,
        effects: [
          { meter: 'trust', add: 1 },
          { meter: 'danger', add: 5 },
        ],
      });
    });
    let plays = 0;
    let costly = 0;
    for (let i = 0; i < GAMES; i++)
      for (const e of playOne(rules, RUN, 'search-free', i).ctx.log)
        if (e.kind === 'card' && e.seat === 'cabinet') {
          plays++;
          if (e.id === 'costly-medicine') costly++;
        }
    expect(plays).toBeGreaterThan(GAMES);
    expect(costly / plays).toBeLessThan(0.01);
  });

  it('plans a card that is worth nothing alone together with the card it opens in the same turn', () => {
    const rules = variant(NORTHSEA_PATH, (data) => {
      data.cards.push(
        {
          id: 'open-talks',
          seat: 'cabinet',
          label: 'Open talks',
          text: 'Talks that cost a little and open a deal.',
          explain: 'Planted for a test: worse than nothing alone.',
          cost: 1,
          posture: 0,
          once: true,
          effects: [{ flag: 'talks-open' }, { meter: 'trust', add: -2 }],
        },
        {
          id: 'close-deal',
          seat: 'cabinet',
          label: 'Close the deal',
          text: 'The deal the talks opened.',
          explain: 'Planted for a test: open only after the talks.',
          cost: 1,
          posture: 0,
          once: true,
          requires: { flag: 'talks-open' },
          locked: 'Only once talks are open.',
          effects: [{ meter: 'trust', add: 30 }],
        },
      );
    });
    const game = new Game(rules, 5);
    game.send({ type: 'game.start', length: 'short' });
    playToDecide(game);
    expect(game.playable('cabinet').map((c) => c.id)).not.toContain('close-deal');
    const estimate = planTurn(game, 'cabinet', DEFAULT_SEARCH, 1, rolloutFor(rules, 'short'));
    expect(estimate.plan).toEqual(['open-talks', 'close-deal']);
  });

  it('held to restraint, never plays a card that takes its ladder above the cap; arming, always goes above it', () => {
    const rules = northsea();
    const index = rules.index;
    const cap = restraintCap(index);
    expect(index.ladders.norvalia?.rungs[cap]?.id).toBe('training');
    const order = index.rungOrder[playerLadder(index)] ?? {};
    for (let i = 0; i < 20; i++) {
      const restrained = playOne(rules, RUN, 'search-restraint', i).ctx;
      const climbs = restrained.log.filter(
        (e) => e.kind === 'rung' && e.ladder === 'norvalia' && (order[e.to] ?? 0) > cap,
      );
      expect(climbs).toEqual([]);
      const armed = playOne(rules, RUN, 'search-arming', i).ctx;
      expect(armed.log.some((e) => e.kind === 'rung' && e.ladder === 'norvalia' && (order[e.to] ?? 0) > cap)).toBe(
        true,
      );
    }
  });
});

describe('the look-ahead and its red lines', () => {
  it('keeps its word: it judges a line crossed when answering it pays, and answers it in the same turn', () => {
    // An answer worth more than any other card: judged alone, "crossed" would look unanswered.
    const rules = variant(NORTHSEA_PATH, (data) => {
      addRedLines(data);
      data.redLines[0].effects.answered = [{ meter: 'trust', add: 40 }];
    });
    const p = play(rules, { seed: 1 })
      .start('short', ['cabinet', 'koravia'])
      .round('declare-public')
      .toDecide()
      .decide('koravia-escalate');
    expect(p.context.lines?.['no-embargo']?.status).toBe('tested');
    const rollout = rolloutFor(rules, 'short');
    expect(planTurn(p.game, 'cabinet', DEFAULT_SEARCH, 1, rollout).plan).toContain('judge-crossed');
    const { sent } = searchTurn(p.game, 'cabinet', DEFAULT_SEARCH, 1, rollout);
    expect(sent.map((e) => (e.type === 'card.play' ? e.card : e.type))).toContain('counter-sanctions');
    expect(p.game.context.lines?.['no-embargo']?.status).toBe('answered');
  });
});
