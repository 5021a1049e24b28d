/**
 * The scenarios that ship with the game (`assets/scenarios/<id>/scenario.json`), in the order
 * `assets/scenarios/catalog.json` gives (a folder it does not name comes after, by name): the
 * first is the one the setup screen offers first. Each is listed by its small card (`card.json`:
 * title, pitch, length, level), which is in the page's first load; the scenario itself is a
 * chunk fetched only when it is chosen or a game needs it. Where a scenario has a translation
 * into the interface's language (`scenario.ko.json` beside it), it is fetched with it and played in it.
 */
import catalog from '../../assets/scenarios/catalog.json';
import type { BundledSource, ScenarioCard } from '../session/scenario-library';
import { translatedSource } from '../session/translated-source';

const files = import.meta.glob<unknown>('../../assets/scenarios/*/scenario.json', { import: 'default' });
const translations = import.meta.glob<unknown>('../../assets/scenarios/*/scenario.*.json', { import: 'default' });
const cards = import.meta.glob<ScenarioCard>('../../assets/scenarios/*/card.json', { import: 'default', eager: true });

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
        card: cards[path.replace(/scenario\.json$/, 'card.json')],
        fetch: translation ? () => translatedSource(fetch, translation) : fetch,
      };
    })
    .sort((a, b) => rank(a.folder) - rank(b.folder) || a.folder.localeCompare(b.folder));
}
