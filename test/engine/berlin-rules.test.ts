/**
 * The council's rules as "Berlin, 2022–2024" uses them: the no-lethal-arms pledge the government
 * holds from the first news and breaks when it drops the line, Scholz's "never alone" and "no
 * Taurus" declared by cards, diminishing returns on repeatable cards, a projected aftermath, and a
 * private fact and objectives of its own for every role of the federal government.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../src/engine/game-context';
import { simulate } from '../../src/engine/simulate';
import { viewOf } from '../../src/engine/views';
import { play } from '../support/play';
import { loadScenario, rulesOf } from '../support/scenarios';

const BERLIN = fileURLToPath(new URL('../../assets/scenarios/berlin-2022/scenario.json', import.meta.url));
const s = loadScenario(BERLIN);
const lineLog = (log: readonly LogEntry[]) =>
  log.flatMap((e) => (e.kind === 'line' ? [`${e.round} ${e.id} ${e.status} ${e.declared}`] : []));

describe('Berlin: pledges that bind', () => {
  it('declares the no-lethal-arms pledge with the first news and breaks it, at a cost, when the line is dropped', () => {
    const game = play(s, { seed: 2 }).start('short').toDecide();
    expect(lineLog(game.context.log)).toEqual(['1 no-lethal-arms declared public']);
    const coalition = game.context.meters.coalition ?? 0;
    const pledge = s.redLines?.find((l) => l.id === 'no-lethal-arms');
    const cost = (pledge?.effects.broken ?? []).reduce(
      (sum, e) => sum + ('add' in e && e.meter === 'coalition' ? e.add : 0),
      0,
    );
    const card = s.cards.find((c) => c.id === 'turning-point');
    const gain = (card?.effects ?? []).reduce((sum, e) => sum + ('add' in e && e.meter === 'coalition' ? e.add : 0), 0);
    expect(cost).toBeLessThan(0);
    game.decide('turning-point');
    expect(lineLog(game.context.log).at(-1)).toBe('1 no-lethal-arms broken public');
    expect(game.context.meters.coalition).toBe(coalition + gain + cost);
  });

  it('lets the Chancellor promise never to go it alone, and rule out Taurus once Kyiv asks', () => {
    const never = play(s, { seed: 2 }).start('short').toDecide().decide('never-alone');
    expect(lineLog(never.context.log).at(-1)).toBe('1 not-alone declared public');
    const taurus = s.cards.find((c) => c.id === 'rule-out-taurus');
    expect(taurus?.role).toBe('chancellor');
    expect(taurus?.effects).toContainEqual({ declare: 'no-taurus', public: true });
    expect(s.redLines?.find((l) => l.id === 'no-taurus')?.kind).toBe('pledge');
  });
});

describe('Berlin: consequences and stakes', () => {
  it('fades every card that can be played again without moving the ladder or rolling dice', () => {
    const repeatable = s.cards.filter((c) => !c.once && !c.move && !JSON.stringify(c.effects).includes('"chance"'));
    expect(repeatable.length).toBeGreaterThan(10);
    for (const c of repeatable) expect(c.fade, c.id).toBe(0.5);
  });

  it('plays a projected aftermath after the last round of both lengths, so late tanks still meet Moscow', () => {
    for (const l of s.lengths)
      expect(
        l.aftermath?.map((a) => a.label.includes('projected')),
        l.id,
      ).toEqual([true, true]);
    const late = s.cards.find((c) => c.id === 'leopard-2');
    expect(late?.effects.some((e) => 'after' in e)).toBe(true);
    const game = play(s, { seed: 4 }).start('short').toEnd();
    const rounds = new Set(game.context.log.flatMap((e) => ('aftermath' in e && e.aftermath ? [e.round] : [])));
    if (
      game.context.ending !== 'spiral' &&
      game.context.ending !== 'coalition-breaks' &&
      game.context.ending !== 'government-falls'
    )
      expect([...rounds]).toEqual([5, 6]);
  });

  it('gives every role of the government a private fact and objectives, shown to its team only', () => {
    const government = s.seats.find((x) => x.id === s.player);
    for (const role of government?.roles ?? []) {
      expect(role.brief.private?.length, role.id).toBeGreaterThan(0);
      expect(role.objectives?.length, role.id).toBeGreaterThan(0);
    }
    const teams = [
      { id: 't1', name: 'Chancellery', seat: s.player, role: 'chancellor' },
      { id: 't2', name: 'Greens', seat: s.player, role: 'foreign-office' },
    ];
    const game = play(s, { seed: 2 }).send({ type: 'game.start', length: 'short', teams });
    const chancellor = government?.roles.find((r) => r.id === 'chancellor');
    const facts = viewOf(game.game, { kind: 'team', team: 't1' }).privateFacts?.map((f) => f.text) ?? [];
    expect(facts).toContain(chancellor?.brief.private?.[0]?.text);
    const greens = viewOf(game.game, { kind: 'team', team: 't2' }).privateFacts?.map((f) => f.text) ?? [];
    expect(greens).not.toContain(chancellor?.brief.private?.[0]?.text);
    expect(viewOf(game.game, { kind: 'projector' }).privateFacts).toBeUndefined();
  });
});

describe('Berlin: its aftermath within the rules', () => {
  it('plays random and hawk games through both lengths and their projected periods without breaking an invariant', () => {
    const rules = rulesOf(BERLIN);
    for (const length of rules.index.scenario.lengths.map((l) => l.id))
      for (const policy of ['random', 'hawk'] as const) {
        const report = simulate(rules, { games: 60, seed: 7, policy, length });
        expect(report.games, `${length} ${policy}`).toBe(60);
        expect(report.violations, `${length} ${policy}`).toBe(0);
      }
  });
});
