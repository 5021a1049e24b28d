/**
 * The hindsight check on the test fixture: a text of round 1 that names a date of round 3 is
 * found, its twin shown only from round 3 is not, and each rule of what counts as seen when
 * (events by their round, cards and steps by visibleFrom, the debrief exempt) holds.
 */
import { describe, expect, it } from 'vitest';
import { checkHindsight } from '../../src/engine/hindsight';
import type { Problem } from '../../src/engine/problems';
import { parseScenario } from '../../src/engine/scenario-parse';
import { NORTHSEA_PATH, type RawScenario, scenarioData } from '../support/scenarios';

/** The hindsight warnings of the fixture after `change`. */
function hindsightAfter(change: (d: RawScenario) => void): Problem[] {
  const data = scenarioData(NORTHSEA_PATH) as RawScenario;
  change(data);
  const parsed = parseScenario(data);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.warnings.filter((w) => w.code === 'hindsight');
}

// The fixture's short length plays March to June 2031 from 1 March; its long length to August.
// Round 3 of both is May 2031.
const ROUND_3_DATE = 'as the summit agreed on 12 May 2031';

describe('the hindsight check on the fixture', () => {
  it('finds nothing in the fixture as it is', () => {
    expect(hindsightAfter(() => {})).toEqual([]);
  });

  it('finds a text of round 1 naming a date of round 3', () => {
    const found = hindsightAfter((d) => {
      d.cards[0].text = `Open a training camp, ${ROUND_3_DATE}.`;
    });
    expect(found).toEqual([
      {
        code: 'hindsight',
        path: '$.cards[0].text',
        mentions: '12 May 2031',
        visibleFrom: '2031-03-01',
        expected: 'nothing later than 2031-03-01, the first day players can see it',
        found: '"12 May 2031"',
      },
    ]);
  });

  it('passes the same text on a card shown only from round 3', () => {
    expect(
      hindsightAfter((d) => {
        d.cards[0].text = `Open a training camp, ${ROUND_3_DATE}.`;
        d.cards[0].visibleFrom = '2031-05-12';
      }),
    ).toEqual([]);
  });

  it('reads the ways a date is written, and keeps earlier dates and forecasts out', () => {
    const mentions = (text: string) =>
      hindsightAfter((d) => {
        d.seats[0].description = text;
      }).map((w) => w.mentions);
    expect(mentions('Talks began on 2031-04-02.')).toEqual(['2031-04-02']);
    expect(mentions('The ports closed in April 2031.')).toEqual(['April 2031']);
    expect(mentions('The ports closed on April 9, 2031.')).toEqual(['April 9, 2031']);
    expect(mentions('A poll of 3–5 April found most against.')).toEqual(['3–5 April']);
    expect(mentions('The treaty failed in 2032.')).toEqual(['2032']);
    expect(mentions('In the autumn of 2030, and on 28 February 2031, the cabinet met.')).toEqual([]);
    expect(mentions('Koravia may march; the cabinet may decide in 5 rounds.')).toEqual([]);
    expect(mentions('Estmark expects 5,000 troops by June and aid from 2032.')).toEqual([]);
  });

  it('names no later date in a glossary entry or step shown from that date', () => {
    const found = hindsightAfter((d) => {
      d.glossary[0].definition = 'Weapons that stop missiles; Estmark asked for them on 12 May 2031.';
      d.glossary[0].visibleFrom = '2031-05-12';
      d.ladders[0].steps[0].explain = `Training first, ${ROUND_3_DATE}.`;
    });
    expect(found.map((w) => [w.path, w.visibleFrom])).toEqual([['$.ladders[0].steps[0].explain', '2031-03-01']]);
  });

  it('lets a scheduled event speak as of its own date, but not of a later one', () => {
    const found = hindsightAfter((d) => {
      d.events[0].date = '2031-04-10';
      d.events[0].text = 'On 10 April 2031 Koravian forces cross the border; by 2 May 2031 they reach the coast.';
    });
    expect(found.map((w) => [w.path, w.mentions, w.visibleFrom])).toEqual([
      ['$.events[0].text', '2 May 2031', '2031-04-10'],
    ]);
  });

  it('dates a random or conditional event from the first round it can be drawn', () => {
    const found = hindsightAfter((d) => {
      d.events[1].text = 'Families cross into Norvalia, as they did in May 2031.';
      d.events[4].trigger = { type: 'conditional', when: { stat: 'round', op: '>=', value: 3 } };
      d.events[4].text = 'Two cargo ships are struck in May 2031; in June 2031 more follow.';
    });
    expect(found.map((w) => [w.path, w.mentions, w.visibleFrom])).toEqual([
      ['$.events[1].text', 'May 2031', '2031-03-01'],
      ['$.events[4].text', 'June 2031', '2031-05-01'],
    ]);
  });

  it('warns about a dated event or quote that can be drawn before its date', () => {
    const found = hindsightAfter((d) => {
      d.events[1].date = '2031-06-20';
      d.events[1].quote = { text: 'we will come', speaker: 'A Koravian general', date: '2031-06-21' };
    });
    expect(found.map((w) => [w.path, w.mentions])).toEqual([
      ['$.events[1].date', '2031-06-20'],
      ['$.events[1].quote.date', '2031-06-21'],
    ]);
  });

  it('warns about a source published after the day a card or event is first seen', () => {
    const found = hindsightAfter((d) => {
      d.sources = [
        { id: 'early', publisher: 'Norvalia Herald', date: '2031-02', url: 'https://example.org/a' },
        { id: 'late', publisher: 'Norvalia Herald', date: '2031-07-02', url: 'https://example.org/b' },
      ];
      d.cards[0].sources = ['early', 'late'];
      d.events[0].sources = ['late'];
    });
    expect(found.map((w) => [w.path, w.mentions])).toEqual([
      ['$.cards[0].sources[1]', 'source late, dated 2031-07-02'],
      ['$.events[0].sources[0]', 'source late, dated 2031-07-02'],
    ]);
  });

  it('leaves the debrief alone: what actually happened, questions and the real path', () => {
    const found = hindsightAfter((d) => {
      d.sources = [{ id: 'late', publisher: 'Norvalia Herald', date: '2031-08-30', url: 'https://example.org/b' }];
      d.lengths[0].rounds[0].actually = { text: 'In August 2031 the war ended.', sources: ['late'] };
      d.debrief.questions = [{ id: 'q', text: 'Why did the war end in August 2031?' }];
      d.debrief.actualPath = {
        ladder: 'norvalia',
        steps: [{ date: '2031-08-01', rung: 'training', text: 'Training begins in August 2031.', sources: ['late'] }],
      };
    });
    expect(found).toEqual([]);
  });

  it('keeps the earliest day where the lengths differ, and begins at the first round without a start day', () => {
    const data = scenarioData(NORTHSEA_PATH) as RawScenario;
    data.lengths[0].from = undefined;
    data.lengths[1].from = undefined;
    data.cards[0].text = 'Open a camp, as agreed on 20 March 2031 and on 12 May 2031.';
    const parsed = parseScenario(data);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(checkHindsight(parsed.value).map((w) => [w.mentions, w.visibleFrom])).toEqual([
      ['12 May 2031', '2031-03-31'],
    ]);
  });
});
