import { describe, expect, it } from 'vitest';
import type { Condition } from '../../src/engine/condition-schema';
import { holds } from '../../src/engine/conditions';
import { contextOf } from '../support/contexts';
import { northsea } from '../support/scenarios';

const rules = northsea();
/** The fixture's start, with trust at 40 and Norvalia on its second rung. */
const ctx = contextOf(rules, {
  round: 2,
  rounds: 6,
  capital: 3,
  rungs: { norvalia: 'training', koravia: 'protest' },
  flags: { 'red-line-crossed': true, 'talks-open': false },
  played: { 'send-medicine': 1 },
  seen: { storm: 1 },
});
const check = (c: Condition) => holds(rules.index, ctx, c);

describe('the condition language', () => {
  it('takes true and false literally', () => {
    expect(check(true)).toBe(true);
    expect(check(false)).toBe(false);
  });

  it.each([
    ['<', 41, true],
    ['<', 40, false],
    ['<=', 40, true],
    ['<=', 39, false],
    ['>', 39, true],
    ['>', 40, false],
    ['>=', 40, true],
    ['>=', 41, false],
    ['==', 40, true],
    ['==', 41, false],
    ['!=', 41, true],
    ['!=', 40, false],
  ] as const)('compares a meter: trust 40 %s %d is %s', (op, value, expected) => {
    expect(check({ meter: 'trust', op, value })).toBe(expected);
  });

  it.each([
    ['>=', 'training', true],
    ['>', 'training', false],
    ['>', 'relief-aid', true],
    ['<', 'air-defence', true],
    ['<', 'training', false],
    ['<=', 'relief-aid', false],
    ['<=', 'training', true],
    ['==', 'training', true],
    ['==', 'strike', false],
    ['!=', 'relief-aid', true],
    ['!=', 'training', false],
  ] as const)('compares rungs by their order on the ladder: training %s %s is %s', (op, value, expected) => {
    expect(check({ rung: 'norvalia', op, value })).toBe(expected);
  });

  it('orders rungs by the ladder, not by their names', () => {
    // "air-defence" sorts before "training" alphabetically but stands above it on the ladder.
    expect(check({ rung: 'norvalia', op: '<', value: 'air-defence' })).toBe(true);
    expect('air-defence' < 'training').toBe(true);
  });

  it('reads the round, the rounds left and the capital', () => {
    expect(check({ stat: 'round', op: '==', value: 2 })).toBe(true);
    expect(check({ stat: 'round', op: '>', value: 2 })).toBe(false);
    expect(check({ stat: 'roundsLeft', op: '==', value: 4 })).toBe(true);
    expect(check({ stat: 'roundsLeft', op: '<', value: 4 })).toBe(false);
    expect(check({ stat: 'capital', op: '>=', value: 3 })).toBe(true);
    expect(check({ stat: 'capital', op: '>=', value: 4 })).toBe(false);
  });

  it('reads flags: set, set to false, never set', () => {
    expect(check({ flag: 'red-line-crossed' })).toBe(true);
    expect(check({ flag: 'red-line-crossed', is: true })).toBe(true);
    expect(check({ flag: 'red-line-crossed', is: false })).toBe(false);
    expect(check({ flag: 'talks-open' })).toBe(false);
    expect(check({ flag: 'talks-open', is: false })).toBe(true);
    expect(check({ flag: 'never-set' })).toBe(false);
    expect(check({ flag: 'never-set', is: false })).toBe(true);
  });

  it('knows which cards have been played and which events have happened', () => {
    expect(check({ played: 'send-medicine' })).toBe(true);
    expect(check({ played: 'trade-deal' })).toBe(false);
    expect(check({ event: 'storm' })).toBe(true);
    expect(check({ event: 'refugees' })).toBe(false);
  });

  it('combines with all, any and not', () => {
    const yes: Condition = { meter: 'trust', op: '==', value: 40 };
    const no: Condition = { meter: 'trust', op: '==', value: 41 };
    expect(check({ all: [yes, yes] })).toBe(true);
    expect(check({ all: [yes, no] })).toBe(false);
    expect(check({ any: [no, yes] })).toBe(true);
    expect(check({ any: [no, no] })).toBe(false);
    expect(check({ not: yes })).toBe(false);
    expect(check({ not: no })).toBe(true);
    expect(check({ not: { all: [yes, { any: [no, { flag: 'red-line-crossed' }] }] } })).toBe(false);
    expect(check({ any: [{ not: { event: 'storm' } }, { all: [{ played: 'trade-deal' }] }] })).toBe(false);
  });
});
