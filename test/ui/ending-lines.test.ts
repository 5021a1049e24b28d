/**
 * The endings' lines, read from the shipped scenario's conditions: where each early ending sits
 * on the meters it watches, when the table warns that one is near, and why a game ended early.
 */
import { describe, expect, it } from 'vitest';
import { Game } from '../../src/engine/game';
import { viewOf } from '../../src/engine/views';
import type { GameView } from '../../src/session/session';
import { debriefModel } from '../../src/view/debrief-model';
import { endingLines, nearEndings } from '../../src/view/ending-lines';
import { earlyText, lineMeaning, nearText } from '../../src/view/ending-words';
import { english } from '../../src/view/locale';
import { tableModel } from '../../src/view/table-model';
import { rulesOf, SEOUL_PATH } from '../support/scenarios';

const rules = rulesOf(SEOUL_PATH);
const scenario = rules.index.scenario;
const t = english.t;

function viewAt(meters: Record<string, number>, rungs: Record<string, string> = {}): GameView {
  const game = new Game(rules, 1);
  game.send({ type: 'game.start', length: 'short' });
  const view = viewOf(game, { kind: 'seat', seat: scenario.player });
  return { ...view, meters: { ...view.meters, ...meters }, rungs: { ...view.rungs, ...rungs } };
}

describe('the lines of the endings', () => {
  const lines = endingLines(scenario);

  it('finds the escalation spiral at 78 on Risk from Moscow, alone, and at 72 with the counter-ladder up', () => {
    const spiral = lines.filter((l) => l.ending === 'spiral');
    expect(spiral.map((l) => [l.meter, l.op, l.value, l.early, l.also.length])).toEqual([
      ['moscow-risk', '>=', 78, true, 0],
      // Provocations on the peninsula end the game only while national security is below 45.
      ['security', '<', 45, true, 1],
      ['moscow-risk', '>=', 72, true, 1],
    ]);
    const alone = spiral[0];
    if (!alone) throw new Error('no spiral line');
    expect(lineMeaning(alone, scenario, t)).toBe('At 78 or more: Escalation spiral. The game ends at once.');
    const falls = lines.find((l) => l.ending === 'government-falls');
    expect([falls?.meter, falls?.op, falls?.value, falls?.early]).toEqual(['public', '<=', 28, true]);
    // An ending judged at the end draws its lines too, as such.
    expect(lines.some((l) => l.ending === 'steady-partner' && l.meter === 'alliance' && !l.early)).toBe(true);
  });

  it('warns when a meter is within 10 points of an early ending, and not before', () => {
    expect(nearEndings(rules.index, viewAt({ 'moscow-risk': 60 }), lines)).toEqual([]);
    const near = nearEndings(rules.index, viewAt({ 'moscow-risk': 70 }), lines);
    expect(near.map((n) => n.ending)).toEqual(['spiral']);
    const first = near[0];
    if (!first) throw new Error('nothing near');
    expect(nearText(first, scenario, t)).toBe(
      'Warning: Risk from Moscow is 70. At 78 or more, the game ends at once: Escalation spiral.',
    );
    const low = nearEndings(rules.index, viewAt({ public: 35 }), lines);
    expect(low.map((n) => n.ending)).toEqual(['government-falls']);
  });

  it('warns when the counter-ladder is one step from the rung that ends the game', () => {
    // Provocations end the game only while national security is below 45.
    const near = nearEndings(rules.index, viewAt({ security: 40 }, { counter: 'pressure-on-firms' }), lines);
    expect(near.map((n) => [n.ending, n.kind])).toEqual([['spiral', 'rung']]);
  });

  it('says why the game ended before its last round', () => {
    const base = viewAt({ 'moscow-risk': 80 });
    const ended: GameView = {
      ...base,
      round: 4,
      rounds: 6,
      ending: 'spiral',
      log: [...base.log, { kind: 'ending', round: 4, id: 'spiral' }],
    };
    expect(earlyText(rules.index, ended, t)).toBe(
      'The game ended after round 4 of 6, before its last round, because Risk from Moscow reached 80 (the line is 78 or more).',
    );
    // The debrief says it too.
    expect(debriefModel(rules.index, ended, english).ending?.why).toBe(earlyText(rules.index, ended, t));
    // The facilitator's early end, or a game that ran its course, has no such sentence.
    const called = { ...ended, log: [...base.log, { kind: 'ending' as const, round: 4, id: 'spiral', early: true }] };
    expect(earlyText(rules.index, called, t)).toBeNull();
    expect(earlyText(rules.index, { ...ended, round: 6 }, t)).toBeNull();
  });

  it('draws the escalation spiral’s line at 78 on the table’s Risk from Moscow, in words too', () => {
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

  it('warns at the table a round ahead: nothing at 60, the meter and the table at 70', () => {
    expect(tableModel(rules.index, viewAt({ 'moscow-risk': 60 }), english).warnings).toEqual([]);
    const near = tableModel(rules.index, viewAt({ 'moscow-risk': 70 }), english);
    const warning = 'Warning: Risk from Moscow is 70. At 78 or more, the game ends at once: Escalation spiral.';
    expect(near.warnings).toEqual([warning]);
    expect(near.meters.find((m) => m.id === 'moscow-risk')?.warning).toBe(warning);
  });
});
