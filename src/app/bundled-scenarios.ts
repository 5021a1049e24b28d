/**
 * The scenarios that ship with the game (`assets/scenarios/<id>/scenario.json`), each fetched
 * only when asked for, in the order `assets/scenarios/catalog.json` gives (a folder it does not
 * name comes after, by name): the first is the one the setup screen offers first.
 */
import catalog from '../../assets/scenarios/catalog.json';
import type { BundledSource } from '../session/scenario-library';

const files = import.meta.glob<unknown>('../../assets/scenarios/*/scenario.json', { import: 'default' });

const rank = (folder: string) => {
  const at = catalog.order.indexOf(folder);
  return at === -1 ? catalog.order.length : at;
};

export const bundledScenarios: BundledSource[] = Object.entries(files)
  .map(([path, fetch]) => ({ folder: path.split('/').at(-2) ?? path, fetch }))
  .sort((a, b) => rank(a.folder) - rank(b.folder) || a.folder.localeCompare(b.folder));
