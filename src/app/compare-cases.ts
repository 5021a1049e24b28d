/**
 * The other cases a debrief can be set beside: every bundled scenario other than the game's own
 * that draws its real path, each loaded through the scenario library, with the latest game of it
 * finished in this browser (a class's or one played alone), replayed from its save. A case that
 * fails to load, or a save that no longer replays (an older version), is simply left out, or
 * shown with its real path only.
 */
import { replay } from '../engine/save';
import type { Scenario } from '../engine/scenario-schema';
import type { ScenarioLibrary } from '../session/scenario-library';
import type { SessionStore } from '../session/session-store';
import { type CaseComparison, caseComparison, comparable, type PlayedGame } from '../view/case-comparison';

/** Where the other cases come from. */
export interface CaseSources {
  library: ScenarioLibrary;
  store?: SessionStore;
}

/** The comparisons of the game `current` (its scenario and its finished context) with every other case. */
export async function compareCases(
  sources: CaseSources,
  current: { scenario: Scenario; context: PlayedGame['context'] },
): Promise<CaseComparison[]> {
  const { library } = sources;
  if (!comparable(current.scenario)) return [];
  const loaded = await Promise.all(library.catalog().map((entry) => entry.load().catch(() => null)));
  const others = loaded.flatMap((p) =>
    p?.ok && p.value.id !== current.scenario.id && comparable(p.value) ? [p.value] : [],
  );
  const here = { index: library.rules(current.scenario).index, played: { name: '', context: current.context } };
  return Promise.all(
    others.map(async (other) =>
      caseComparison(here, { index: library.rules(other).index, played: await lastGame(sources, other) }),
    ),
  );
}

/** The latest finished game of `scenario` kept in this browser, replayed; null when there is none. */
async function lastGame({ library, store }: CaseSources, scenario: Scenario): Promise<PlayedGame | null> {
  const finished = (store?.list() ?? []).filter((m) => m.scenarioId === scenario.id && m.ending !== '');
  for (const meta of finished) {
    const save = store?.read(meta.id)?.save;
    const rules = save && (await library.rulesFor(save.scenarioId, save.scenarioVersion));
    const game = save && rules ? replay(rules, save) : undefined;
    if (game?.ok && game.value.context.ending !== '') return { name: meta.name, context: game.value.context };
  }
  return null;
}
