/**
 * How the hindsight check reads dates in English text, and how a length's rounds become dated
 * periods: the parts its warnings stand on.
 */
import { describe, expect, it } from 'vitest';
import { dateMentions } from '../../src/engine/date-mentions';
import { Calendar, dayAfter } from '../../src/engine/visibility';

const read = (text: string, today = '2024-10-25') => dateMentions(text, today).map((m) => [m.text, m.date, m.forward]);

describe('dates in text', () => {
  it('reads day, month and year in either order, ISO dates, months and years', () => {
    expect(read('On 29 October 2024, on October 30, 2024, on 2024-10-31 and in 2024-11.')).toEqual([
      ['29 October 2024', '2024-10-29', false],
      ['October 30, 2024', '2024-10-30', false],
      ['2024-10-31', '2024-10-31', false],
      ['2024-11', '2024-11-01', false],
    ]);
    expect(read('In January 2025, in 2025 and in Oct. 2024.')).toEqual([
      ['January 2025', '2025-01-01', false],
      ['2025', '2025-01-01', false],
      ['Oct. 2024', '2024-10-01', false],
    ]);
  });

  it('takes a range by its first day and a missing year from the range, the text or today', () => {
    expect(read('A poll of 31 October–1 November 2024.')).toEqual([
      ['31 October', '2024-10-31', false],
      ['1 November 2024', '2024-11-01', false],
    ]);
    expect(read('Taken 22–24 October; in March 2023 and again on 3 April.')).toEqual([
      ['22–24 October', '2024-10-22', false],
      ['March 2023', '2023-03-01', false],
      ['3 April', '2023-04-03', false],
    ]);
  });

  it('reads no figure, calibre, sum or lower-case verb as a date', () => {
    expect(read('155mm shells, 2,700 wounded, USD 2.3 billion, 1,011 adults; it may march on.')).toEqual([]);
  });

  it('marks plans, forecasts and scheduled days as looked forward to, not known', () => {
    expect(read('The number may reach 10,000 by December.')).toEqual([['December', '2024-12-01', true]]);
    // "5 November" takes its year from the last year the text named.
    expect(read('Loans are planned from 2025; the vote is scheduled for 5 November.')).toEqual([
      ['2025', '2025-01-01', true],
      ['5 November', '2025-11-05', true],
    ]);
    expect(read('By 2 May 2025 the troops had left.')).toEqual([['2 May 2025', '2025-05-02', false]]);
  });
});

describe('rounds as dated periods', () => {
  it('counts days across month and year ends and leap days', () => {
    expect([dayAfter('2024-10-31'), dayAfter('2024-12-31'), dayAfter('2024-02-28'), dayAfter('2025-02-28')]).toEqual([
      '2024-11-01',
      '2025-01-01',
      '2024-02-29',
      '2025-03-01',
    ]);
  });

  it('starts the first round on the length’s start day, and each other the day after the last', () => {
    const calendar = new Calendar({
      id: 'short',
      label: 'Short',
      minutes: 45,
      deliberationSeconds: 180,
      from: '2024-10-25',
      rounds: [
        { label: 'One', until: '2024-10-27' },
        { label: 'Two', until: '2024-11-10' },
      ],
    });
    expect(calendar.starts).toEqual(['2024-10-25', '2024-10-28']);
    expect([calendar.roundOf('2024-06-19'), calendar.roundOf('2024-10-28'), calendar.roundOf('2024-12-01')]).toEqual([
      1,
      2,
      Number.POSITIVE_INFINITY,
    ]);
  });
});
