import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/engine/problems';
import { parseScenarioText } from '../../src/engine/scenario-parse';
import type { Scenario } from '../../src/engine/scenario-schema';
import { translateScenario } from '../../src/engine/translation';

const base = (() => {
  const r = parseScenarioText(readFileSync('test/fixtures/northsea-2031/scenario.json', 'utf8'));
  if (!r.ok) throw new Error('fixture does not parse');
  return r.value;
})();

const file = (text: Record<string, unknown>, over: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'red-lines-translation',
    formatVersion: 1,
    scenario: base.id,
    scenarioVersion: base.version,
    language: 'ko',
    text,
    ...over,
  });

const ok = (r: ReturnType<typeof translateScenario>): Scenario => {
  if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
  return r.value;
};

describe('scenario translations', () => {
  it('replaces words matched by id and by position, and keeps the rules', () => {
    const ko = ok(
      translateScenario(
        base,
        file({
          title: '노르발리아, 2031',
          cards: [{ id: 'ship-air-defence', label: '방공 무기 지원', explain: '민간인을 보호한다.' }],
          seats: [{ id: 'cabinet', roles: [{ id: 'premier', brief: { goals: ['무역을 지킨다.'] } }] }],
          glossary: [{ term: '방공' }],
        }),
      ),
    );
    expect(ko.language).toBe('ko');
    expect(ko.title).toBe('노르발리아, 2031');
    const card = ko.cards.find((c) => c.id === 'ship-air-defence');
    expect(card?.label).toBe('방공 무기 지원');
    expect(card?.cost).toBe(base.cards.find((c) => c.id === 'ship-air-defence')?.cost);
    expect(card?.effects).toEqual(base.cards.find((c) => c.id === 'ship-air-defence')?.effects);
    expect(ko.seats[0]?.roles[0]?.brief.goals).toEqual(['무역을 지킨다.']);
    expect(ko.glossary[0]?.term).toBe('방공');
    expect(ko.glossary[0]?.definition).toBe(base.glossary[0]?.definition);
    expect(base.title).toBe('Norvalia, 2031 (invented)');
  });

  it('refuses a translation that would change structure, naming the path', () => {
    const r = translateScenario(base, file({ cards: [{ id: 'send-medicine', seat: 'koravia' }] }));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems.map(formatProblem)).toEqual([
        '$.text.cards[0].seat: expected a place where the scenario has words, found structure',
      ]);
  });

  it('refuses unknown ids, unknown keys, markup, and another scenario version', () => {
    const unknown = translateScenario(base, file({ cards: [{ id: 'no-such-card', label: 'x' }], tittle: 'x' }));
    expect(unknown.ok).toBe(false);
    if (!unknown.ok)
      expect(unknown.problems.map(formatProblem)).toEqual([
        '$.text.cards[0]: expected an item the scenario has, found id "no-such-card"',
        '$.text.tittle: expected a key the scenario has, found "tittle"',
      ]);
    const markup = translateScenario(base, file({ title: '<b>노르발리아</b>' }));
    expect(markup.ok).toBe(false);
    if (!markup.ok) expect(formatProblem(markup.problems[0] ?? { path: '', expected: '' })).toContain('$.title');
    const version = translateScenario(base, file({}, { scenarioVersion: '0.9.0' }));
    expect(version.ok).toBe(false);
    if (!version.ok) expect(version.problems[0]?.path).toBe('$.scenarioVersion');
  });

  it("takes a red line's words, never its rules, though the list is called redLines", () => {
    const raw = parseScenarioText(readFileSync('assets/scenarios/berlin-2022/scenario.json', 'utf8'));
    if (!raw.ok) throw new Error('Berlin does not parse');
    const berlin = raw.value;
    const line = berlin.redLines?.[0];
    if (!line) throw new Error('Berlin has no red line');
    const words = (over: Record<string, unknown>) =>
      JSON.stringify({
        format: 'red-lines-translation',
        formatVersion: 1,
        scenario: berlin.id,
        scenarioVersion: berlin.version,
        language: 'ko',
        text: { redLines: [{ id: line.id, label: '살상 무기는 보내지 않는다', ...over }] },
      });
    const ko = translateScenario(berlin, words({}));
    expect(ko.ok && ko.value.redLines?.[0]?.label).toBe('살상 무기는 보내지 않는다');
    const forged = translateScenario(berlin, words({ kind: 'line' }));
    expect(forged.ok).toBe(false);
    if (!forged.ok)
      expect(forged.problems.map(formatProblem)).toEqual([
        '$.text.redLines[0].kind: expected a place where the scenario has words, found structure',
      ]);
  });
});
