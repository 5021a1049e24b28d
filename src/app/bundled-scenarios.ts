/**
 * The scenarios that ship with the game (`assets/scenarios/<id>/scenario.json`), in the order
 * `assets/scenarios/catalog.json` gives (a folder it does not name comes after, by name): the
 * first is the one the setup screen offers first. Each is listed by its small card (`card.json`:
 * title, pitch, length, level), which is in the page's first load; the scenario itself is a
 * chunk fetched only when it is chosen or a game needs it, checked already when the game was built
 * (scripts/checked-scenarios.ts), so that the page loads no schema for it.
 */
import catalog from '../../assets/scenarios/catalog.json';
import type { BundledSource, ScenarioCard } from '../session/scenario-library';

const files = import.meta.glob<unknown>('../../assets/scenarios/*/scenario.json', {
  import: 'default',
  query: '?checked',
});
const cards = import.meta.glob<ScenarioCard>('../../assets/scenarios/*/card.json', { import: 'default', eager: true });

const rank = (folder: string) => {
  const at = catalog.order.indexOf(folder);
  return at === -1 ? catalog.order.length : at;
};

export const bundledScenarios: BundledSource[] = Object.entries(files)
  .map(([path, fetch]) => ({
    folder: path.split('/').at(-2) ?? path,
    card: cards[path.replace(/scenario\.json$/, 'card.json')],
    checked: true,
    fetch,
  }))
  .sort((a, b) => rank(a.folder) - rank(b.folder) || a.folder.localeCompare(b.folder));
