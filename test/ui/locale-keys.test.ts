/**
 * Locale keys are checked, not trusted: the `MessageKey` union that `t()` accepts equals the
 * English files' keys as they are now, every language has every English key, and every key the
 * page's HTML asks for exists.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keysOf, localeKeys, MESSAGE_KEY_PATH, messageKeyText, missingKeys } from '../../src/cli/locale-keys';

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
});
