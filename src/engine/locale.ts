/**
 * A tiny message formatter: sentences live in locale files (`assets/locales/<lang>/*.json`),
 * code passes the dictionary in and fills `{name}` placeholders. Pure, so the engine, the
 * browser and the command-line tools share it; no i18n library is needed for this much.
 */

/** A locale file's contents: sections of sentences, nested by key. */
export interface Dictionary {
  [key: string]: string | Dictionary;
}

/** Values a sentence may name; numbers are written as they are. */
export type Params = Readonly<Record<string, string | number>>;

/**
 * Fills `{name}` placeholders from `params`. A placeholder with no value stays as written,
 * so a missing value shows up in the text instead of disappearing silently.
 */
export function format(template: string, params: Params = {}): string {
  return template.replace(/\{([A-Za-z0-9_-]+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** The sentence at a dotted key (`timeline.meter`), or undefined when the dictionary lacks it. */
export function lookup(dictionary: Dictionary, key: string): string | undefined {
  let node: string | Dictionary | undefined = dictionary;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string' || !Object.hasOwn(node, part)) return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** The sentence at `key` with its placeholders filled; the key itself when the sentence is missing. */
export function translate(dictionary: Dictionary, key: string, params: Params = {}): string {
  const template = lookup(dictionary, key);
  return template === undefined ? key : format(template, params);
}
