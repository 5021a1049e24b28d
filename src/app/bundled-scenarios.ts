/** The scenarios that ship with the game (`assets/scenarios/<id>/scenario.json`), each fetched only when asked for. */
import type { BundledSource } from '../session/scenario-library';

const files = import.meta.glob<unknown>('../../assets/scenarios/*/scenario.json', { import: 'default' });

export const bundledScenarios: BundledSource[] = Object.entries(files).map(([path, fetch]) => ({
  folder: path.split('/').at(-2) ?? path,
  fetch,
}));
