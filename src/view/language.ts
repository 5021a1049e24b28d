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

/** The tag Intl is given: English days are written day first (`21 October 2024`), as in British usage. */
function intlTag(lang: string): string {
  return lang === 'en' ? 'en-GB' : lang;
}

type DateStyle = 'long' | 'date-time' | 'utc-month' | 'utc-day';

const DATE_STYLES: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  long: { dateStyle: 'long' },
  'date-time': { dateStyle: 'medium', timeStyle: 'short' },
  'utc-month': { timeZone: 'UTC', year: 'numeric', month: 'long' },
  'utc-day': { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' },
};

/**
 * One formatter per language and style, made once: making an `Intl.DateTimeFormat` costs far more
 * than using one, and the table writes every news card's date again on each move.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: string, style: DateStyle): Intl.DateTimeFormat {
  const key = `${lang}|${style}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(intlTag(lang), DATE_STYLES[style]);
    formatters.set(key, made);
  }
  return made;
}

/** A day written the way the language writes it: `2024년 10월 21일`, `21 October 2024`. */
export function longDate(time: number | Date, lang: string): string {
  return formatter(lang, 'long').format(time);
}

/** A day and time, for "last saved": `2024. 10. 21. 오후 3:05`. */
export function dateTime(time: number | Date, lang: string): string {
  return formatter(lang, 'date-time').format(time);
}

/**
 * A stored calendar date as a reader writes it: `2024-10-23` → `23 October 2024` / `2024년 10월 23일`,
 * `2024-10` → `October 2024` / `2024년 10월`; a year, or anything that is not such a date, as stored.
 * Read in UTC: the stored day is the day, wherever the classroom is.
 */
export function readableDate(iso: string, lang: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  const [, year, month, day] = m;
  const time = Date.UTC(Number(year), Number(month) - 1, day === undefined ? 1 : Number(day));
  const back = new Date(time);
  // A month or day that does not exist (2024-13, 2024-02-30) is left as written rather than rolled over.
  if (back.getUTCMonth() !== Number(month) - 1 || (day !== undefined && back.getUTCDate() !== Number(day))) return iso;
  return formatter(lang, day === undefined ? 'utc-month' : 'utc-day').format(time);
}
