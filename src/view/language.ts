/**
 * Which language the interface speaks: the address's `?lang=`, else the choice remembered on
 * this device, else the browser's own language, else English. A class in progress keeps the
 * language it was started in (see main.ts). index.html repeats this choice in a few lines of
 * inline script, so the title paints in the right language before any module runs.
 */

/** The interface's languages, each with its name written in itself (the title's switch shows these). */
export const LANGUAGES = { ko: '한국어', en: 'English' } as const;
export type Language = keyof typeof LANGUAGES;

/** Where the choice is remembered (localStorage; index.html reads the same key). */
export const LANGUAGE_KEY = 'red-lines.lang';

/** True for a language the interface has. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && Object.hasOwn(LANGUAGES, value);
}

/** The language to use, from the address's query, the remembered choice and the browser's languages (first wins). */
export function chooseLanguage(query: string, remembered: string | null, browser: readonly string[]): Language {
  const asked = new URLSearchParams(query).get('lang');
  if (isLanguage(asked)) return asked;
  if (isLanguage(remembered)) return remembered;
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/** A day written the way the language writes it: `2024년 10월 21일`, `21 October 2024`. */
export function longDate(time: number | Date, lang: string): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { dateStyle: 'long' }).format(time);
}

/** A day and time, for "last saved": `2024. 10. 21. 오후 3:05`. */
export function dateTime(time: number | Date, lang: string): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { dateStyle: 'medium', timeStyle: 'short' }).format(
    time,
  );
}
