import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Game, prepare } from '../../src/engine/game';
import { parseScenarioText } from '../../src/engine/scenario-parse';
import { viewFor } from '../../src/engine/views';

const parsed = parseScenarioText(readFileSync('test/fixtures/northsea-2031/scenario.json', 'utf8'));
if (!parsed.ok) throw new Error('fixture does not parse');
const rules = prepare(parsed.value);

describe('a seat view', () => {
  it('shows the state of play and hides the generator and the other seats', () => {
    const game = new Game(rules, 11);
    game.send({ type: 'game.start', length: 'short' });
    const view = viewFor(rules.index, game.context, 'koravia');
    expect(view?.seat.id).toBe('koravia');
    expect(view?.meters).toEqual(game.context.meters);
    expect(view?.rungs).toEqual(game.context.rungs);
    const text = JSON.stringify(view);
    expect(text).not.toContain('"rng"');
    expect(text).not.toContain('"seed"');
    expect(text).not.toContain('Premier');
  });

  it('shows delayed effects by label only', () => {
    const game = new Game(rules, 11);
    game.send({ type: 'game.start', length: 'short' });
    const ctx = {
      ...game.context,
      pending: [
        {
          due: 3,
          label: 'Sanctions bite',
          effects: [{ meter: 'economy', add: -10 }],
          cause: { kind: 'card' as const, id: 'x' },
        },
      ],
    };
    expect(viewFor(rules.index, ctx, 'cabinet')?.pending).toEqual([{ due: 3, label: 'Sanctions bite' }]);
  });

  it('has no view for a seat the scenario lacks', () => {
    const game = new Game(rules, 11);
    expect(viewFor(rules.index, game.context, 'atlantis')).toBeUndefined();
  });
});
