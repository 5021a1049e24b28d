/** The English words of the engine and the classroom screens, read from the locale files as the page reads them. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Dictionary, type Params, translate } from '../../../src/engine/locale';

const read = (name: string) =>
  JSON.parse(
    readFileSync(fileURLToPath(new URL(`../../../assets/locales/en/${name}`, import.meta.url)), 'utf8'),
  ) as Dictionary;

/** engine.json, classroom.json, reference.json, lesson.json, council.json and cases.json merged, section by section as the page's loader does. */
export const dictionary: Dictionary = {
  ...read('engine.json'),
  ...read('classroom.json'),
  ...read('reference.json'),
  ...read('lesson.json'),
  ...read('council.json'),
  ...read('cases.json'),
};

/** The dictionary with its language, as the debrief's model takes them. */
export const words = { dictionary, lang: 'en' };

/** Fills a sentence; a missing key fails loudly, so a test catches a sentence the locale file lacks. */
export function t(key: string, params?: Params): string {
  const text = translate(dictionary, key, params);
  if (text === key) throw new Error(`no sentence for ${key}`);
  return text;
}
