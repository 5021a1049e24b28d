import { describe, expect, it } from 'vitest';
import { draftOf } from '../../src/engine/draft';
import type { Effect } from '../../src/engine/effect-schema';
import { applyEffects } from '../../src/engine/effects';
import type { Cause, GameContext } from '../../src/engine/game-context';
import { seedState } from '../../src/engine/rng';
import { contextOf } from '../support/contexts';
import { play } from '../support/play';
import { NORTHSEA_PATH, northsea, rawCard, variant } from '../support/scenarios';

const rules = northsea();
const cause: Cause = { kind: 'card', id: 'send-medicine', seat: 'cabinet' };

/**
 * Applies effects to a copy of the context, as the machine's actions do; `moves` are the ladder
 * moves it made, read from the log's rung lines (what the machine's ladder regions follow).
 */
function apply(ctx: GameContext, effects: Effect[], by: Cause = cause) {
  const context = draftOf(ctx);
  applyEffects(rules.index, context, effects, by);
  const moves = added(ctx, context).flatMap((e) => (e.kind === 'rung' ? [{ ladder: e.ladder, to: e.to }] : []));
  return { context, moves };
}

/** The log lines an application added. */
function added(before: GameContext, after: GameContext) {
  return after.log.slice(before.log.length);
}

describe('meter effects', () => {
  const ctx = contextOf(rules, { round: 2, meters: { trust: 95, danger: 20, economy: 60 } });

  it('adds, clamps at the maximum and logs the change with its cause', () => {
    const { context } = apply(ctx, [{ meter: 'trust', add: 10 }]);
    expect(context.meters.trust).toBe(100);
    expect(added(ctx, context)).toEqual([{ kind: 'meter', round: 2, id: 'trust', from: 95, to: 100, cause }]);
  });

  it('clamps at the minimum', () => {
    const { context } = apply(ctx, [{ meter: 'danger', add: -200 }]);
    expect(context.meters.danger).toBe(0);
    expect(added(ctx, context)).toEqual([{ kind: 'meter', round: 2, id: 'danger', from: 20, to: 0, cause }]);
  });

  it('keeps the note that says why', () => {
    const { context } = apply(ctx, [{ meter: 'danger', add: 5, note: 'Koravia takes note.' }]);
    expect(added(ctx, context)).toEqual([
      { kind: 'meter', round: 2, id: 'danger', from: 20, to: 25, cause, note: 'Koravia takes note.' },
    ]);
  });

  it('sets a meter, clamped, and rounds to whole numbers', () => {
    expect(apply(ctx, [{ meter: 'economy', set: 150 }]).context.meters.economy).toBe(100);
    expect(apply(ctx, [{ meter: 'economy', set: 33.4 }]).context.meters.economy).toBe(33);
    expect(apply(ctx, [{ meter: 'danger', add: 2.6 }]).context.meters.danger).toBe(23);
  });

  it('logs nothing when the value does not change', () => {
    const { context } = apply(ctx, [
      { meter: 'trust', add: 0 },
      { meter: 'economy', set: 60 },
      { meter: 'danger', add: 0.2 },
    ]);
    expect(added(ctx, context)).toEqual([]);
    expect(context.meters).toEqual(ctx.meters);
  });

  it('never changes the context it was given', () => {
    const copy = structuredClone(ctx);
    apply(ctx, [{ meter: 'trust', add: -30 }, { flag: 'red-line-crossed' }, { capital: 2 }]);
    expect(ctx).toEqual(copy);
  });
});

describe('capital effects', () => {
  it('stays between zero and the maximum', () => {
    const ctx = contextOf(rules, { round: 1, capital: 5 });
    const up = apply(ctx, [{ capital: 3, note: 'A windfall.' }]).context;
    expect(up.capital).toBe(6);
    expect(added(ctx, up)).toEqual([{ kind: 'capital', round: 1, from: 5, to: 6, cause, note: 'A windfall.' }]);
    const down = apply(ctx, [{ capital: -10 }]).context;
    expect(down.capital).toBe(0);
    expect(added(ctx, down)).toEqual([{ kind: 'capital', round: 1, from: 5, to: 0, cause }]);
    const empty = contextOf(rules, { capital: 0 });
    expect(added(empty, apply(empty, [{ capital: -1 }]).context)).toEqual([]);
  });
});

describe('flag effects', () => {
  it('sets and clears a flag, logging only real changes', () => {
    const ctx = contextOf(rules, { round: 3 });
    const set = apply(ctx, [{ flag: 'red-line-crossed' }, { flag: 'red-line-crossed', value: true }]).context;
    expect(set.flags).toEqual({ 'red-line-crossed': true });
    expect(added(ctx, set)).toEqual([{ kind: 'flag', round: 3, id: 'red-line-crossed', value: true, cause }]);
    const cleared = apply(set, [{ flag: 'red-line-crossed', value: false }]).context;
    expect(cleared.flags['red-line-crossed']).toBe(false);
    expect(added(set, cleared)).toEqual([{ kind: 'flag', round: 3, id: 'red-line-crossed', value: false, cause }]);
    // Clearing a flag that was never set is no change at all.
    expect(added(ctx, apply(ctx, [{ flag: 'red-line-crossed', value: false }]).context)).toEqual([]);
  });
});

describe('ladder moves', () => {
  const at = (norvalia: string, flags: Record<string, boolean> = {}) =>
    contextOf(rules, { round: 2, rungs: { norvalia, koravia: 'protest' }, flags });

  it('moves along an open step, to a rung or by one, and logs the move the ladder region follows', () => {
    const ctx = at('relief-aid');
    const { context, moves } = apply(ctx, [{ move: { ladder: 'norvalia', to: 'training' }, note: 'Camp opens.' }]);
    expect(context.rungs.norvalia).toBe('training');
    expect(moves).toEqual([{ ladder: 'norvalia', to: 'training' }]);
    expect(added(ctx, context)).toEqual([
      { kind: 'rung', round: 2, ladder: 'norvalia', from: 'relief-aid', to: 'training', cause, note: 'Camp opens.' },
    ]);
    const up = apply(context, [{ move: { ladder: 'norvalia', by: 1 } }]);
    expect(up.context.rungs.norvalia).toBe('air-defence');
    expect(up.moves).toEqual([{ ladder: 'norvalia', to: 'air-defence' }]);
  });

  it('is blocked where the scenario has no step, and logs the attempt', () => {
    const ctx = at('relief-aid');
    for (const move of [
      { ladder: 'norvalia', to: 'air-defence' }, // skipping a rung
      { ladder: 'norvalia', by: -1 as const }, // below the bottom
      { ladder: 'norvalia', to: 'relief-aid' }, // standing still
    ]) {
      const { context, moves } = apply(ctx, [{ move }]);
      expect(context.rungs).toEqual(ctx.rungs);
      expect(moves).toEqual([]);
      expect(added(ctx, context)).toEqual([{ kind: 'blocked', round: 2, ladder: 'norvalia', cause }]);
    }
  });

  it('takes a locked step only once its unlock condition holds', () => {
    const locked = apply(at('air-defence'), [{ move: { ladder: 'norvalia', to: 'strike' } }]);
    expect(locked.context.rungs.norvalia).toBe('air-defence');
    expect(locked.context.log.at(-1)?.kind).toBe('blocked');
    const open = apply(at('air-defence', { 'red-line-crossed': true }), [
      { move: { ladder: 'norvalia', to: 'strike' } },
    ]);
    expect(open.context.rungs.norvalia).toBe('strike');
    expect(open.moves).toEqual([{ ladder: 'norvalia', to: 'strike' }]);
  });
});

describe('chance', () => {
  const gamble: Effect = {
    chance: 0.5,
    label: 'Koravia answers',
    success: [{ meter: 'economy', add: -15 }],
    failure: [{ meter: 'trust', add: 1 }],
  };

  it('succeeds when the seeded roll falls under the chance', () => {
    // Seed 1 rolls 0.1897 first.
    const ctx = contextOf(rules, { round: 2 }, 1);
    const { context } = apply(ctx, [gamble]);
    expect(context.meters.economy).toBe(45);
    expect(context.meters.trust).toBe(40);
    const roll = context.log.find((e) => e.kind === 'roll');
    expect(roll).toEqual({
      kind: 'roll',
      round: 2,
      label: 'Koravia answers',
      chance: 0.5,
      roll: expect.closeTo(0.1897, 4),
      success: true,
      cause,
    });
    expect(context.rng).not.toBe(ctx.rng);
  });

  it('fails when the roll is at or over the chance, and runs the failure effects', () => {
    // Seed 3 rolls 0.8915 first.
    const ctx = contextOf(rules, { round: 2 }, 3);
    expect(ctx.rng).toBe(seedState(3));
    const { context } = apply(ctx, [gamble]);
    expect(context.meters.economy).toBe(60);
    expect(context.meters.trust).toBe(41);
    expect(context.log.find((e) => e.kind === 'roll')).toMatchObject({
      roll: expect.closeTo(0.8915, 4),
      success: false,
    });
  });

  it('rolls the same way every time from the same generator state', () => {
    const ctx = contextOf(rules, { round: 2 }, 77);
    expect(apply(ctx, [gamble, gamble, gamble]).context).toEqual(apply(ctx, [gamble, gamble, gamble]).context);
  });
});

describe('delayed effects', () => {
  // Letters of thanks land two rounds after the medicine is sent.
  const delayed = variant(NORTHSEA_PATH, (data) => {
    rawCard(data, 'send-medicine').effects.push({
      after: 2,
      label: 'Letters of thanks',
      effects: [{ meter: 'economy', add: 7 }],
    });
  });

  it('are scheduled when played and land in the resolve of the round they fall due', () => {
    const p = play(delayed, { seed: 1 }).start('long').toDecide().decide('send-medicine');
    expect(p.context.pending).toEqual([
      { due: 3, label: 'Letters of thanks', effects: [{ meter: 'economy', add: 7 }], cause },
    ]);
    expect(p.context.log.at(-1)).toEqual({ kind: 'scheduled', round: 1, due: 3, label: 'Letters of thanks', cause });
    const landed = () => p.context.log.filter((e) => e.kind === 'meter' && e.cause.kind === 'delayed');
    p.endTurn().nextRound().round().toDecide().endTurn();
    expect(p.context.round).toBe(3);
    expect(landed()).toHaveLength(1);
    expect(landed()[0]).toMatchObject({ round: 3, id: 'economy', cause: { kind: 'delayed', id: 'send-medicine' } });
    expect(p.context.pending).toEqual([]);
  });

  it('have not landed a round earlier', () => {
    const p = play(delayed, { seed: 1 }).start('long').toDecide().decide('send-medicine').endTurn().nextRound();
    p.toDecide().endTurn();
    expect(p.context.round).toBe(2);
    expect(p.context.log.some((e) => e.kind === 'meter' && e.cause.kind === 'delayed')).toBe(false);
    expect(p.context.pending).toHaveLength(1);
  });
});

describe('triggers', () => {
  // Sending medicine provokes the attack on ships, whatever Koravia's ladder says.
  const triggering = variant(NORTHSEA_PATH, (data) => {
    rawCard(data, 'send-medicine').effects.push({ trigger: 'ships-hit' });
  });

  it('draw the event at the next brief, even when its own condition does not hold', () => {
    const p = play(triggering, { seed: 1 }).start('short').toDecide().decide('send-medicine');
    expect(p.context.triggered).toEqual(['ships-hit']);
    expect(p.eventsDrawn()).toEqual(['war-begins', 'refugees']);
    p.endTurn().nextRound();
    // Seed 1: refugees in round 1 (0.19 × 3 < 2), and the storm is all the random pool holds in round 2.
    expect(p.eventsDrawn()).toEqual(['war-begins', 'refugees', 'ships-hit', 'storm']);
    expect(p.context.log.find((e) => e.kind === 'event' && e.id === 'ships-hit')).toEqual({
      kind: 'event',
      round: 2,
      id: 'ships-hit',
    });
    expect(p.context.triggered).toEqual([]);
    p.expectRung('koravia', 'protest').expectFlag('red-line-crossed');
    // Economy: 60, refugees −5, ships hit −10, storm −5.
    p.expectMeter('economy', 40);
  });
});
