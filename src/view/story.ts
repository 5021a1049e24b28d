/**
 * The game's story as a person reads it: the timeline without the scenario's flags. A flag is
 * the scenario's bookkeeping, named by an id ("deployment-confirmed"); what set it is already a
 * line of its own, and what it opens shows on the ladder. History, narrator, the words column
 * and the debrief all read this, so no player ever meets an internal id.
 */

import type { LogEntry } from '../engine/game-context';
import type { Dictionary } from '../engine/locale';
import type { Scenario } from '../engine/scenario-schema';
import { type TimelineLine, type TimelineOptions, timeline } from '../engine/timeline';

export function storyLines(
  scenario: Scenario,
  log: readonly LogEntry[],
  dictionary: Dictionary,
  options: TimelineOptions = {},
): TimelineLine[] {
  return timeline(scenario, log, dictionary, options).filter((line) => line.kind !== 'flag');
}
