/**
 * The source checks on the test fixture: a planted source without a link, one without a kind,
 * one nobody cites, a meter basis and a card that state facts without a source; a link that is
 * not https is refused outright; a linked, cited source passes, cited by a comparison's step too,
 * and a step citing an unknown source is refused.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem, type Problem } from '../../src/engine/problems';
import { parseScenario } from '../../src/engine/scenario-parse';
import { NORTHSEA_PATH, type RawScenario, scenarioData } from '../support/scenarios';

const CHECKS = new Set(['unlinked-source', 'source-kind', 'unused-source', 'uncited']);

/** The source warnings of the fixture after `change`. */
function sourceWarnings(change: (d: RawScenario) => void): Problem[] {
  const data = scenarioData(NORTHSEA_PATH) as RawScenario;
  change(data);
  const parsed = parseScenario(data);
  if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('\n'));
  return parsed.warnings.filter((w) => CHECKS.has(w.code ?? ''));
}

const herald = { publisher: 'Norvalia Herald', date: '2031-02-20', kind: 'newspaper' };

describe('the source checks on the fixture', () => {
  it('finds nothing in the fixture as it is', () => {
    expect(sourceWarnings(() => {})).toEqual([]);
  });

  it('passes a linked source of a known kind that an event cites', () => {
    expect(
      sourceWarnings((d) => {
        d.sources = [{ id: 'herald', ...herald, url: 'https://example.org/herald' }];
        d.events[0].sources = ['herald'];
      }),
    ).toEqual([]);
  });

  it('finds a planted source without a link, and says which', () => {
    expect(
      sourceWarnings((d) => {
        d.sources = [{ id: 'herald', ...herald }];
        d.events[0].sources = ['herald'];
      }),
    ).toEqual([
      {
        code: 'unlinked-source',
        path: '$.sources[0].url',
        expected: 'a link (https://…) where a reader can check the source',
        found: 'none for "herald"',
      },
    ]);
  });

  it('finds a planted source that nothing cites', () => {
    expect(
      sourceWarnings((d) => {
        d.sources = [{ id: 'herald', ...herald, url: 'https://example.org/herald' }];
      }),
    ).toEqual([
      {
        code: 'unused-source',
        path: '$.sources[0]',
        expected: 'a source that some part of the scenario cites',
        found: '"herald", cited nowhere',
      },
    ]);
  });

  it('counts a source cited only by the debrief as used', () => {
    expect(
      sourceWarnings((d) => {
        d.sources = [{ id: 'herald', ...herald, url: 'https://example.org/herald' }];
        d.debrief.actualPath = {
          ladder: 'norvalia',
          steps: [{ date: '2031-04-01', rung: 'training', text: 'A camp opens.', sources: ['herald'] }],
        };
      }),
    ).toEqual([]);
  });

  it('counts a source cited only by a comparison step as used', () => {
    expect(
      sourceWarnings((d) => {
        d.sources = [{ id: 'herald', ...herald, url: 'https://example.org/herald' }];
        d.debrief.comparisons = [
          {
            id: 'estmark',
            label: "Estmark's ladder",
            steps: [
              { date: '2031-01-10', text: 'Helmets.' },
              { date: '2031-02-20', text: 'Air defence.', sources: ['herald'] },
            ],
          },
        ];
      }),
    ).toEqual([]);
  });

  it('refuses a comparison step citing a source the scenario lacks, naming the place', () => {
    const data = scenarioData(NORTHSEA_PATH) as RawScenario;
    data.debrief.comparisons = [
      {
        id: 'estmark',
        label: "Estmark's ladder",
        steps: [{ date: '2031-02-20', text: 'Air defence.', sources: ['nope'] }],
      },
    ];
    const parsed = parseScenario(data);
    expect(parsed.ok ? [] : parsed.problems.map(formatProblem)).toEqual([
      '$.debrief.comparisons[0].steps[0].sources[0]: expected the id of one of the scenario\'s sources, found "nope"',
    ]);
  });

  it('asks for a kind', () => {
    const found = sourceWarnings((d) => {
      d.sources = [{ id: 'herald', publisher: 'Norvalia Herald', url: 'https://example.org/herald' }];
      d.events[0].sources = ['herald'];
    });
    expect(found.map((w) => [w.code, w.path])).toEqual([['source-kind', '$.sources[0].kind']]);
  });

  it('asks a meter basis and a card naming a date, a sum or a share for a source', () => {
    const found = sourceWarnings((d) => {
      d.meters[0].basis = 'Partners trusted Norvalia after the 2030 floods.';
      d.cards[0].text = 'Open a training camp, as Estmark asked in February 2031.';
      d.cards[1].explain = 'Costs NOK 40 million a year.';
      d.cards[2].locked = 'Only while fewer than 30% of voters object.';
      d.cards[3].text = 'Send more, quickly.';
    });
    expect(found.map((w) => [w.code, w.path, w.found])).toEqual([
      ['uncited', '$.meters[0].sources', 'none for "Partners trusted Norvalia after the 2030 floods."'],
      ['uncited', '$.cards[0].sources', 'none for "February 2031"'],
      ['uncited', '$.cards[1].sources', 'none for "40 million"'],
      ['uncited', '$.cards[2].sources', 'none for "30%"'],
    ]);
  });

  it('refuses a link that is not https, naming the place', () => {
    const data = scenarioData(NORTHSEA_PATH) as RawScenario;
    data.sources = [{ id: 'herald', ...herald, url: 'http://example.org/herald' }];
    const parsed = parseScenario(data);
    expect(parsed.ok ? [] : parsed.problems.map(formatProblem)).toEqual([
      '$.sources[0].url: expected a web address starting with https://, found "http://example.org/herald"',
    ]);
  });
});
