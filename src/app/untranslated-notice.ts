/**
 * A scenario with no translation into the interface's language shows its own text (a Seoul
 * scenario in English on a Korean interface): the page says so once per scenario, in words.
 */
import type { Scenario } from '../engine/scenario-schema';
import type { Locale } from '../view/locale';
import { notices } from './notices';

const said = new Set<string>();

/** Says, the first time only, that this scenario's text is not in the interface's language. */
export function sayIfUntranslated(scenario: Scenario, locale: Locale): void {
  const own = scenario.language.split('-')[0] ?? scenario.language;
  if (own === locale.lang || said.has(scenario.id)) return;
  said.add(scenario.id);
  const names = new Intl.DisplayNames([locale.lang], { type: 'language' });
  notices.show(
    'untranslated',
    locale.t('language.untranslated', {
      language: names.of(locale.lang) ?? locale.lang,
      original: names.of(own) ?? own,
    }),
    { dismiss: locale.t('offline.dismiss') },
  );
}

/** Takes the word away (the game is left: the title or the guide is on screen). */
export function hideUntranslated(): void {
  notices.hide('untranslated');
}
