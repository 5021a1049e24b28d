/**
 * The words of the interface: `assets/locales/<lang>/ui.json` (screens) and `engine.json`
 * (refusals, phases, timeline). English is bundled with the page; another language is one
 * more folder, fetched only when chosen.
 */
import { type Dictionary, type Params, translate } from '../engine/locale';
import type { MessageKey } from './message-key';

export type { MessageKey };

/** Fills the sentence at a key with its `{name}` placeholders. */
export type Translate = (key: MessageKey, params?: Params) => string;

/** The part of a key after `prefix.`, for every key under it: `KeysUnder<'phases'>` is 'brief' | 'decide' | …. */
export type KeysUnder<P extends string> = MessageKey extends infer K
  ? K extends `${P}.${infer R}`
    ? R
    : never
  : never;

/** The sentences under one section, by their short keys: `under(t, 'classroom.console')('pause')`. */
export function under<P extends string>(t: Translate, prefix: P): (key: KeysUnder<P>, params?: Params) => string {
  // KeysUnder<P> holds only the endings of real keys under `prefix`, so the joined key is one.
  return (key, params) => t(`${prefix}.${key}` as MessageKey, params);
}

const bundled = import.meta.glob<Dictionary>('../../assets/locales/en/*.json', { eager: true, import: 'default' });
const others = import.meta.glob<Dictionary>(['../../assets/locales/*/*.json', '!../../assets/locales/en/*.json'], {
  import: 'default',
});

/** The words of one language, and the way to fill a sentence. */
export interface Locale {
  lang: string;
  /** Every section of the language's files, merged: `ui.json` sections and `engine.json` ones. */
  dictionary: Dictionary;
  /** The sentence at `key` with `{name}` placeholders filled (every key is in the English files: see message-key.ts). */
  t: Translate;
}

function merged(files: Record<string, Dictionary>, lang: string): Dictionary {
  const out: Dictionary = {};
  for (const [path, dictionary] of Object.entries(files))
    if (path.includes(`/locales/${lang}/`)) Object.assign(out, dictionary);
  return out;
}

function localeOf(lang: string, dictionary: Dictionary): Locale {
  return { lang, dictionary, t: (key, params) => translate(dictionary, key, params) };
}

/** English, ready at once. */
export const english: Locale = localeOf('en', merged(bundled, 'en'));

/** A language's words; falls back to English for any sentence the language lacks. */
export async function loadLocale(lang: string): Promise<Locale> {
  if (lang === 'en') return english;
  const files: Record<string, Dictionary> = {};
  await Promise.all(
    Object.entries(others)
      .filter(([path]) => path.includes(`/locales/${lang}/`))
      .map(async ([path, load]) => {
        files[path] = await load();
      }),
  );
  return localeOf(lang, overlay(english.dictionary, merged(files, lang)));
}

/** `base` with every sentence that `top` has replaced, section by section. */
function overlay(base: Dictionary, top: Dictionary): Dictionary {
  const out: Dictionary = { ...base };
  for (const [key, value] of Object.entries(top)) {
    const under = out[key];
    out[key] = typeof value === 'object' && typeof under === 'object' ? overlay(under, value) : value;
  }
  return out;
}
