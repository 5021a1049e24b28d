/**
 * What the Sources page, the glossary and the table show at each round: nothing dated after the
 * round being played, nothing only the debrief cites, everything once the game is over.
 */
import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/engine/game';
import { earliestDay } from '../../src/engine/hindsight';
import { parseScenarioText } from '../../src/engine/scenario-parse';
import { viewOf } from '../../src/engine/views';
import { glossaryEntries, glossaryMatches, glossaryNow } from '../../src/view/glossary-model';
import { english } from '../../src/view/locale';
import { SOURCE_KINDS, sourceLink, sourcesModel } from '../../src/view/sources-model';
import { tableModel } from '../../src/view/table-model';
import { datedFixtureData, SOURCES_BY_ROUND } from '../support/dated-fixture';
import { play } from '../support/play';
import { NORTHSEA_PATH, variant } from '../support/scenarios';

const parsed = parseScenarioText(JSON.stringify(datedFixtureData()));
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const rules = prepare(parsed.value);
const scenario = rules.index.scenario;
const seat = { kind: 'seat', seat: 'cabinet' } as const;
const listedIds = (m: ReturnType<typeof sourcesModel>) => m.groups.flatMap((g) => g.sources.map((s) => s.id)).sort();

describe('the Sources page during play', () => {
  it('lists in round 1 only the sources behind what has been shown, none dated after March', () => {
    const p = play(rules, { seed: 1 }).start('short');
    const m = sourcesModel(scenario, viewOf(p.game, seat));
    expect(m.scope).toBe('so-far');
    expect([m.round, m.roundLabel, m.until]).toEqual([1, 'March 2031', '2031-03-31']);
    expect(listedIds(m)).toEqual([...SOURCES_BY_ROUND[1]].sort());
    for (const s of m.groups.flatMap((g) => g.sources)) expect((earliestDay(s.date) ?? '') <= m.until).toBe(true);
    expect([m.shown, m.total]).toEqual([2, 7]);
  });

  it('adds in round 2 the news of April and the card dealt in April, still not the debrief’s source', () => {
    const p = play(rules, { seed: 1 }).start('short').round().brief();
    const m = sourcesModel(scenario, viewOf(p.game, seat));
    expect(m.round).toBe(2);
    expect(listedIds(m)).toEqual([...SOURCES_BY_ROUND[2]].sort());
    expect(listedIds(m)).not.toContain('treaty-2031-03-15');
    // Cited by the news of March, but undated: it cannot be placed in time, so it waits for the end.
    expect(listedIds(m)).not.toContain('leaflet');
  });

  it('lists a report of June cited by news of March only from June', () => {
    const p = play(rules, { seed: 1 }).start('short').rounds([], [], []).brief().expectRound(4);
    expect(listedIds(sourcesModel(scenario, viewOf(p.game, seat)))).toEqual([...SOURCES_BY_ROUND[4]].sort());
  });

  it('groups by kind, documents first and retellings last, each by date', () => {
    const p = play(rules, { seed: 1 }).start('short').toEnd();
    const m = sourcesModel(scenario, viewOf(p.game, seat));
    expect(m.scope).toBe('all');
    expect(m.shown).toBe(7);
    expect(m.groups.map((g) => g.kind)).toEqual([
      'primary',
      'official-statement',
      'agency',
      'newspaper',
      'aggregator',
      'other',
    ]);
    expect(SOURCE_KINDS.at(-1)).toBe('other');
    expect(m.groups.find((g) => g.kind === 'agency')?.sources.map((s) => s.id)).toEqual([
      'wire-2031-03-01',
      'wire-2031-06-20',
    ]);
  });

  it('links only an https address', () => {
    const [first] = scenario.sources;
    if (!first) throw new Error('no source');
    expect(sourceLink(first)).toBe(first.url);
    expect(sourceLink({ ...first, url: 'javascript:alert(1)' })).toBeUndefined();
    expect(sourceLink({ id: 'x', publisher: 'X' })).toBeUndefined();
  });
});

describe('the glossary', () => {
  it('holds back an entry dated April until round 2, and gives every entry once the game is over', () => {
    const p = play(rules, { seed: 1 }).start('short');
    const terms = () => glossaryEntries(scenario, viewOf(p.game, seat)).map((e) => e.term);
    expect(terms()).toEqual(['Air defence', 'Embargo']);
    p.round().brief();
    expect(terms()).toEqual(['Air defence', 'Embargo', 'Summit']);
    p.toEnd();
    expect(terms()).toEqual(['Air defence', 'Embargo', 'Summit']);
  });

  it('says as of which round it opens', () => {
    const p = play(rules, { seed: 1 }).start('short');
    expect(glossaryNow(scenario, viewOf(p.game, seat), english.t).intro).toContain('round 1 (March 2031)');
  });

  it('finds by any part of the term or definition, whatever the case and accents, terms first', () => {
    const entries = [
      { term: 'Défense aérienne', definition: 'Air defence, in French.' },
      { term: 'Embargo', definition: 'A ban on trade.' },
      { term: 'Trade deal', definition: 'An agreement.' },
    ];
    expect(glossaryMatches(entries, '  ').map((e) => e.term)).toHaveLength(3);
    expect(glossaryMatches(entries, 'DEFENSE').map((e) => e.term)).toEqual(['Défense aérienne']);
    expect(glossaryMatches(entries, 'trade').map((e) => e.term)).toEqual(['Trade deal', 'Embargo']);
    expect(glossaryMatches(entries, 'ban trade').map((e) => e.term)).toEqual(['Embargo']);
    expect(glossaryMatches(entries, 'tank')).toEqual([]);
  });
});

describe('the table hides a ladder step, and its words, before its day', () => {
  const ladderAt = (r: ReturnType<typeof variant>, rounds: string[][]) => {
    const p = play(r, { seed: 2 })
      .start('short')
      .rounds(...rounds)
      .toDecide();
    return tableModel(r.index, viewOf(p.game, seat), english).ladders.find((l) => l.id === 'norvalia');
  };

  it('shows the open step to training only from April', () => {
    const dated = variant(NORTHSEA_PATH, (d) => {
      d.ladders[0].steps[0].visibleFrom = '2031-04-01';
    });
    expect(ladderAt(dated, [])?.rungs.find((r) => r.id === 'training')?.state).toBe('other');
    expect(ladderAt(dated, [[]])?.rungs.find((r) => r.id === 'training')?.state).toBe('open');
  });

  it('keeps a locked step’s reason off the table until its day', () => {
    const dated = (day: string) =>
      variant(NORTHSEA_PATH, (d) => {
        d.ladders[0].steps[2].visibleFrom = day;
      });
    const hidden = ladderAt(dated('2031-06-01'), [['start-training'], ['ship-air-defence']]);
    expect(hidden?.current).toBe('air-defence');
    expect(hidden?.rungs.find((r) => r.id === 'strike')).toMatchObject({ state: 'other' });
    expect(JSON.stringify(hidden)).not.toContain('Only if Koravia strikes');
    const shown = ladderAt(dated('2031-05-01'), [['start-training'], ['ship-air-defence']]);
    expect(shown?.rungs.find((r) => r.id === 'strike')).toMatchObject({
      state: 'locked',
      lockText: 'Only if Koravia strikes Norvalian ships.',
    });
  });
});

describe('the table’s news, dated as the language writes it', () => {
  it('gives an event’s day and its source’s day in words, in English and in Korean', () => {
    const p = play(rules, { seed: 1 }).start('short').round().brief();
    const summit = (lang: string) =>
      tableModel(rules.index, viewOf(p.game, seat), { ...english, lang }).news.find(
        (n) => n.title === 'A summit in Estmark',
      );
    expect(summit('en')?.date).toBe('12 April 2031');
    expect(summit('en')?.sources).toEqual(['Estmark Herald, Report herald-2031-04-12, 12 April 2031']);
    expect(summit('ko')?.date).toBe('2031년 4월 12일');
  });
});
