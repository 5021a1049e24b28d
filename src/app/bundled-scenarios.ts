/**
 * The scenarios that ship with the game (`assets/scenarios/<id>/scenario.json`), in the order
 * `assets/scenarios/catalog.json` gives (a folder it does not name comes after, by name): the
 * first is the one the setup screen offers first. Each is listed by its small card (`card.json`:
 * title, pitch, length, level), which is in the page's first load; the scenario itself is a
 * chunk fetched only when it is chosen or a game needs it, checked already when the game was built
 * (scripts/checked-scenarios.ts), so that the page loads no schema for it. Where a scenario has a
 * translation into the interface's language (`scenario.ko.json` beside it), its file is fetched
 * with the translation, checked and played in that language (the checker then loads with it).
 * A card's words have their translation beside it too (`card.ko.json`: title, pitch, level), so
 * that the list reads in the interface's language even for a scenario not yet translated.
 */
import catalog from '../../assets/scenarios/catalog.json';
import type { BundledSource, ScenarioCard } from '../session/scenario-library';

const checkedFiles = import.meta.glob<unknown>('../../assets/scenarios/*/scenario.json', {
  import: 'default',
  query: '?checked',
});
const rawFiles = import.meta.glob<unknown>('../../assets/scenarios/*/scenario.json', { import: 'default' });
const translations = import.meta.glob<unknown>('../../assets/scenarios/*/scenario.*.json', { import: 'default' });
const cards = import.meta.glob<ScenarioCard>('../../assets/scenarios/*/card.json', { import: 'default', eager: true });
const cardWords = import.meta.glob<Partial<ScenarioCard>>('../../assets/scenarios/*/card.*.json', {
  import: 'default',
  eager: true,
});

/** The card in `lang`: only its words come from the translation, its id and lengths stay the card's. */
function cardIn(path: string, lang: string): ScenarioCard | undefined {
  const card = cards[path.replace(/scenario\.json$/, 'card.json')];
  const words = cardWords[path.replace(/scenario\.json$/, `card.${lang}.json`)];
  if (!card || !words) return card;
  return {
    ...card,
    title: words.title ?? card.title,
    pitch: words.pitch ?? card.pitch,
    level: words.level ?? card.level,
  };
}

const rank = (folder: string) => {
  const at = catalog.order.indexOf(folder);
  return at === -1 ? catalog.order.length : at;
};

/** The scenario's file with its translation applied, when the translation fits. */
const translated = (path: string, translation: () => Promise<unknown>) => async () => {
  const { translatedSource } = await import('../session/translated-source');
  return translatedSource(rawFiles[path] as () => Promise<unknown>, translation);
};

/** The bundled scenarios, each in `lang` where a translation into it ships. */
export function bundledScenarios(lang: string): BundledSource[] {
  return Object.entries(checkedFiles)
    .map(([path, fetch]) => {
      const translation = translations[path.replace(/scenario\.json$/, `scenario.${lang}.json`)];
      const folder = path.split('/').at(-2) ?? path;
      const card = cardIn(path, lang);
      return translation
        ? { folder, card, fetch: translated(path, translation) }
        : { folder, card, checked: true, fetch };
    })
    .sort((a, b) => rank(a.folder) - rank(b.folder) || a.folder.localeCompare(b.folder));
}
