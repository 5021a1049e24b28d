/**
 * The interface's language: chosen from the address, then the device's memory, then the
 * browser's languages; days written as the language writes them; and a bundled scenario played
 * in the interface's language when its translation applies, in its own words when not.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/engine/scenario-parse';
import { translatedSource } from '../../src/session/translated-source';
import { chooseLanguage, dateTime, longDate, readableDate } from '../../src/view/language';

describe('the language chosen', () => {
  it('is the address’s ?lang= first, then the remembered one, then the browser’s, then English', () => {
    expect(chooseLanguage('?lang=ko', 'en', ['en-GB'])).toBe('ko');
    expect(chooseLanguage('?lang=en', 'ko', ['ko-KR'])).toBe('en');
    expect(chooseLanguage('', 'ko', ['en-US'])).toBe('ko');
    expect(chooseLanguage('', null, ['fr-FR', 'ko-KR', 'en-US'])).toBe('ko');
    expect(chooseLanguage('', null, ['fr-FR', 'de'])).toBe('en');
  });

  it('ignores a language the game does not have, wherever it comes from', () => {
    expect(chooseLanguage('?lang=xx', 'yy', ['zz'])).toBe('en');
    expect(chooseLanguage('?lang=KO', null, ['en'])).toBe('en');
    expect(chooseLanguage('?lang=fr', 'ko', [])).toBe('ko');
  });
});

describe('days', () => {
  const day = Date.UTC(2024, 9, 21, 12);
  it('are written the Korean way in Korean and the British way in English', () => {
    expect(longDate(day, 'ko')).toBe('2024년 10월 21일');
    expect(longDate(day, 'en')).toBe('21 October 2024');
    expect(dateTime(day, 'ko')).toMatch(/^2024\. 10\. 21\./);
  });
});

describe('stored dates, as a reader writes them', () => {
  it('writes a day, a month and a year in each language, in UTC', () => {
    expect(readableDate('2024-10-23', 'en')).toBe('23 October 2024');
    expect(readableDate('2024-10-23', 'ko')).toBe('2024년 10월 23일');
    expect(readableDate('2024-01-01', 'en')).toBe('1 January 2024');
    expect(readableDate('2024-12-31', 'ko')).toBe('2024년 12월 31일');
    expect(readableDate('2024-10', 'en')).toBe('October 2024');
    expect(readableDate('2024-10', 'ko')).toBe('2024년 10월');
    expect(readableDate('2024', 'en')).toBe('2024');
    expect(readableDate('2024', 'ko')).toBe('2024');
  });

  it('leaves anything that is not a calendar date as stored', () => {
    for (const junk of ['', 'soon', '2024-13', '2024-02-30', '24-10-23', '2024-10-23T10:00', 'October 2024'])
      expect(readableDate(junk, 'en')).toBe(junk);
    expect(readableDate('2024-02-29', 'en')).toBe('29 February 2024');
  });
});

describe('a bundled scenario with a translation', () => {
  const raw = JSON.parse(readFileSync('test/fixtures/northsea-2031/scenario.json', 'utf8')) as unknown;
  const partial = JSON.parse(readFileSync('test/fixtures/translations/northsea-partial.ko.json', 'utf8')) as {
    text: { cards: unknown[] };
  };

  it('is played in the translation’s words where it has them, and the scenario’s own elsewhere', async () => {
    const fitting = { ...partial, text: { ...partial.text, cards: partial.text.cards.slice(0, 1) } };
    delete (fitting.text as Record<string, unknown>).glossary;
    const parsed = parseScenario(
      await translatedSource(
        async () => raw,
        async () => fitting,
      ),
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.language).toBe('ko');
    expect(parsed.value.title).toBe('노르발리아, 2031 (가상)');
    expect(parsed.value.cards[0]?.label).toBe('의약품 보내기');
    expect(parsed.value.cards[1]?.label).toBe("Train Estmark's soldiers");
  });

  it('is played in its own words when the translation does not fit, or does not arrive', async () => {
    const misfit = await translatedSource(
      async () => raw,
      async () => partial,
    );
    expect(misfit).toBe(raw);
    const lost = await translatedSource(
      async () => raw,
      async () => {
        throw new Error('offline');
      },
    );
    expect(lost).toBe(raw);
  });
});
