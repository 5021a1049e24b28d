/**
 * The scenarios that ship with the game (`assets/scenarios/<id>/scenario.json`), each fetched
 * only when asked for, in the order `assets/scenarios/catalog.json` gives (a folder it does not
 * name comes after, by name): the first is the one the setup screen offers first. Where a
 * scenario has a translation into the interface's language (`scenario.ko.json` beside it), it
 * is fetched with it and played in it.
 */
import catalog from '../../assets/scenarios/catalog.json';
import type { BundledSource } from '../session/scenario-library';
import { translatedSource } from '../session/translated-source';

const files = import.meta.glob<unknown>('../../assets/scenarios/*/scenario.json', { import: 'default' });
const translations = import.meta.glob<unknown>('../../assets/scenarios/*/scenario.*.json', { import: 'default' });

const rank = (folder: string) => {
  const at = catalog.order.indexOf(folder);
  return at === -1 ? catalog.order.length : at;
};

/** The bundled scenarios, each in `lang` where a translation into it ships. */
export function bundledScenarios(lang: string): BundledSource[] {
  return Object.entries(files)
    .map(([path, fetch]) => {
      const translation = translations[path.replace(/scenario\.json$/, `scenario.${lang}.json`)];
      return {
        folder: path.split('/').at(-2) ?? path,
        fetch: translation ? () => translatedSource(fetch, translation) : fetch,
      };
    })
    .sort((a, b) => rank(a.folder) - rank(b.folder) || a.folder.localeCompare(b.folder));
}
