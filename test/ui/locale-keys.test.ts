/**
 * Locale keys are checked, not trusted: the `MessageKey` union that `t()` accepts equals the
 * English files' keys as they are now, every language has every English key and no other, with
 * the same placeholders, and every key the page's HTML asks for exists (in Korean too).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keysOf, localeKeys, MESSAGE_KEY_PATH, messageKeyText, missingKeys } from '../../src/cli/locale-keys';
import { type Dictionary, lookup } from '../../src/engine/locale';

const english = localeKeys().get('en') ?? [];

describe('the locale keys', () => {
  it('src/view/message-key.ts equals a fresh export from the English files (run `npm run locale:keys`)', () => {
    expect(readFileSync(MESSAGE_KEY_PATH, 'utf8')).toBe(messageKeyText());
    expect(english.length).toBeGreaterThan(300);
    expect(messageKeyText()).toContain("| 'refusals.wrong-phase'");
  });

  it('are all present in every language under assets/locales', () => {
    for (const [lang, keys] of localeKeys()) expect(missingKeys(english, keys), `${lang} lacks`).toEqual([]);
  });

  it('are all English keys in every language: no other language has a key English lacks', () => {
    for (const [lang, keys] of localeKeys())
      expect(missingKeys(keys, english), `${lang} has, English lacks`).toEqual([]);
    expect(localeKeys().get('ko')?.length).toBe(english.length);
  });

  it('keep every placeholder of the English sentence, spelled the same, in every language', () => {
    const sentences = (lang: string) =>
      Object.assign(
        {},
        ...readdirSync(`assets/locales/${lang}`).map(
          (f) => JSON.parse(readFileSync(`assets/locales/${lang}/${f}`, 'utf8')) as Dictionary,
        ),
      ) as Dictionary;
    const en = sentences('en');
    const placeholders = (text: string | undefined) => [...(text ?? '').matchAll(/\{[^}]+\}/g)].map((m) => m[0]).sort();
    for (const [lang] of localeKeys()) {
      if (lang === 'en') continue;
      const other = sentences(lang);
      for (const key of english)
        expect(placeholders(lookup(other, key)), `${lang} ${key}`).toEqual(placeholders(lookup(en, key)));
    }
  });

  it('name what a language lacks', () => {
    const partial = keysOf({ table: { news: 'Nouvelles' }, phases: { brief: 'Briefing' } });
    expect(partial).toEqual(['phases.brief', 'table.news']);
    const lacking = missingKeys(english, partial);
    expect(lacking).toContain('table.hand');
    expect(lacking).not.toContain('table.news');
  });

  it('cover every key the page’s HTML asks for', () => {
    const html = readFileSync('index.html', 'utf8');
    const asked = [...html.matchAll(/data-i18n="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(asked.length).toBeGreaterThan(0);
    expect(missingKeys(asked, english)).toEqual([]);
  });

  it('paint the title in Korean with the Korean files’ words (data-ko beside each data-i18n)', () => {
    const html = readFileSync('index.html', 'utf8');
    const ko = Object.assign(
      {},
      ...['ui', 'classroom'].map((f) => JSON.parse(readFileSync(`assets/locales/ko/${f}.json`, 'utf8')) as Dictionary),
    ) as Dictionary;
    const marked = [...html.matchAll(/data-i18n="([^"]+)" data-ko="([^"]+)"/g)];
    expect(marked.length).toBe([...html.matchAll(/data-i18n="/g)].length);
    for (const [, key, text] of marked) expect(text, key).toBe(lookup(ko, key ?? ''));
  });
});
