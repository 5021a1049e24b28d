/**
 * An ending never arrives unannounced: the table's meters carry the endings' lines, the table
 * warns a round ahead when an early ending is near, and the debrief says why a game ended early.
 */
import { describe, expect, it } from 'vitest';
import { Game } from '../../src/engine/game';
import { viewOf } from '../../src/engine/views';
import type { GameView } from '../../src/session/session';
import { debriefModel } from '../../src/view/debrief-model';
import { english } from '../../src/view/locale';
import { tableModel } from '../../src/view/table-model';
import { rulesOf, SEOUL_PATH } from '../support/scenarios';

const rules = rulesOf(SEOUL_PATH);
const scenario = rules.index.scenario;

function viewAt(meters: Record<string, number>): GameView {
  const game = new Game(rules, 1);
  game.send({ type: 'game.start', length: 'short' });
  const view = viewOf(game, { kind: 'seat', seat: scenario.player });
  return { ...view, meters: { ...view.meters, ...meters } };
}

describe('the endings on the table', () => {
  it('draws the escalation spiral’s line at 78 on Risk from Moscow, in words too', () => {
    const risk = tableModel(rules.index, viewAt({}), english).meters.find((m) => m.id === 'moscow-risk');
    expect(risk?.lines).toContainEqual({
      value: 78,
      early: true,
      conditional: false,
      text: 'At 78 or more: Escalation spiral. The game ends at once.',
    });
    // The line that needs the counter-ladder up too is drawn as such.
    expect(risk?.lines.some((l) => l.value === 72 && l.early && l.conditional)).toBe(true);
    expect(risk?.warning).toBeUndefined();
  });

  it('warns a round ahead: nothing at 60, the meter and the table at 70', () => {
    expect(tableModel(rules.index, viewAt({ 'moscow-risk': 60 }), english).warnings).toEqual([]);
    const near = tableModel(rules.index, viewAt({ 'moscow-risk': 70 }), english);
    const warning = 'Warning: Risk from Moscow is 70. At 78 or more, the game ends at once: Escalation spiral.';
    expect(near.warnings).toEqual([warning]);
    expect(near.meters.find((m) => m.id === 'moscow-risk')?.warning).toBe(warning);
  });

  it('says in the debrief why the game ended before its last round', () => {
    const base = viewAt({ 'moscow-risk': 80 });
    const ended: GameView = {
      ...base,
      round: 4,
      rounds: 6,
      ending: 'spiral',
      log: [...base.log, { kind: 'ending', round: 4, id: 'spiral' }],
    };
    expect(debriefModel(rules.index, ended, english.dictionary).ending?.why).toBe(
      'The game ended after round 4 of 6, before its last round, because Risk from Moscow reached 80 (the line is 78 or more).',
    );
  });
});
