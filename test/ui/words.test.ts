/**
 * What a person reads is a sentence of the scenario or the locale: the story of a game never
 * shows an internal id, a file's problem is said for a teacher before its path, and under the
 * rationale rule a word or two is not a rationale.
 */
import { describe, expect, it } from 'vitest';
import { english } from '../../src/view/locale';
import { problemWords } from '../../src/view/problem-words';
import { rationaleProblem } from '../../src/view/rationale';
import { storyLines } from '../../src/view/story';
import { playScript } from '../support/random-play';
import { rulesOf, SEOUL_PATH } from '../support/scenarios';

const rules = rulesOf(SEOUL_PATH);
const scenario = rules.index.scenario;

/** The scenario's ids that only an author would know: flags and kebab-case ids that no sentence of it uses. */
function internalIds(): string[] {
  const flags = new Set<string>();
  const json = JSON.stringify(scenario);
  for (const m of json.matchAll(/"flag":"([^"]+)"/g)) flags.add(m[1] ?? '');
  const ids = [...scenario.cards, ...scenario.events, ...scenario.reactions, ...scenario.endings].map((x) => x.id);
  // An id that is also plain English ("air-defence") may well appear in a title.
  const words = [...json.matchAll(/"(?:label|title|text)":"([^"]*)"/g)].map((m) => m[1] ?? '').join(' ');
  return [...flags, ...ids].filter((id) => id.includes('-') && !words.includes(id));
}

describe('the words a person reads', () => {
  it('tell a game’s story without an internal id, flags included', () => {
    const ids = internalIds();
    expect(ids).toContain('deployment-confirmed');
    for (let seed = 1; seed <= 12; seed++) {
      const game = playScript(rules, { seed, length: 'short', choices: [seed, 3, 1, 4, 1, 5, 9, 2, 6] });
      const ctx = game.context;
      const lines = storyLines(scenario, ctx.log, english.dictionary, { length: ctx.length, teams: ctx.teams });
      expect(lines.length).toBeGreaterThan(10);
      for (const line of lines) {
        expect(line.text, `seed ${seed}`).not.toMatch(/^Flag /);
        for (const id of ids) expect(line.text, `seed ${seed}: ${line.text}`).not.toContain(id);
      }
    }
  });

  it('name a file’s problem for a teacher first, its path after', () => {
    const words = problemWords(
      { path: '$ (line 1, column 1)', expected: 'valid JSON', found: 'Unexpected token' },
      english.t,
    );
    expect(words).toBe('The file needs valid JSON here, but has Unexpected token (at $ (line 1, column 1)).');
    expect(words.startsWith('$')).toBe(false);
  });

  it('take a sentence as a rationale under the rule, not a word or two', () => {
    expect(rationaleProblem('ok', true)).toBe('too-short');
    expect(rationaleProblem('  yes fine ', true)).toBe('too-short');
    expect(rationaleProblem('', true)).toBe('missing');
    expect(rationaleProblem('Allies need to see us act.', true)).toBeNull();
    expect(rationaleProblem('작은 도움이 신뢰를 쌓는다.', true)).toBeNull();
    expect(rationaleProblem('ok', false)).toBeNull();
  });
});
