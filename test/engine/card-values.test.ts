/**
 * Why a card is rare: each open card scored alone against the best single option, on the test
 * fixture, with two cards planted to be found out (one a little better than another, one that
 * only hurts).
 */
import { describe, expect, it } from 'vitest';
import { type CardValue, cardValues, PASS } from '../../src/engine/card-values';
import { NORTHSEA_PATH, northsea, rawCard, variant } from '../support/scenarios';

const SETTINGS = { length: 'short', games: 12, seed: 5, rollouts: 6 };

const byCard = (values: readonly CardValue[]) => new Map(values.map((v) => [v.card, v]));

describe('card values', () => {
  it('are the same for the same settings, every figure in range, at most one best option a turn', () => {
    const values = cardValues(northsea(), SETTINGS);
    expect(cardValues(northsea(), SETTINGS)).toEqual(values);
    const turns = byCard(values).get(PASS)?.open ?? 0;
    expect(turns).toBeGreaterThan(0);
    for (const v of values) {
      expect(v.open).toBeGreaterThan(0);
      expect(v.open).toBeLessThanOrEqual(turns);
      expect(v.gap).toBeGreaterThanOrEqual(0);
      expect(v.best).toBeGreaterThanOrEqual(0);
      expect(v.best).toBeLessThanOrEqual(1);
    }
    const bests = values.reduce((sum, v) => sum + Math.round(v.best * v.open), 0);
    expect(bests).toBeGreaterThan(0);
    expect(bests).toBeLessThanOrEqual(turns);
    expect(values.map((v) => v.gap)).toEqual([...values.map((v) => v.gap)].sort((a, b) => a - b));
  });

  it('find a card beaten on every dice by a near copy, and a card that only hurts', () => {
    const rules = variant(NORTHSEA_PATH, (data) => {
      const medicine = rawCard(data, 'send-medicine');
      data.cards.push(
        { ...medicine, id: 'more-medicine', label: 'Send more medicine', effects: [{ meter: 'trust', add: 7 }] },
        { ...medicine, id: 'insult-allies', label: 'Insult the allies', effects: [{ meter: 'trust', add: -20 }] },
      );
    });
    const values = byCard(cardValues(rules, SETTINGS));
    const [copy, better, harm] = ['send-medicine', 'more-medicine', 'insult-allies'].map((id) => values.get(id));
    expect(copy?.best).toBe(0);
    expect(copy?.gap).toBeGreaterThan(better?.gap ?? Number.POSITIVE_INFINITY);
    expect(harm?.best).toBe(0);
    expect(harm?.gap).toBe(Math.max(...[...values.values()].map((v) => v.gap)));
  });
});
