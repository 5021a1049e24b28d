/** What the app offers classroom mode: its screens, the title, the table and the timer. */
import type { Game } from '../../engine/game';
import type { Dictionary } from '../../engine/locale';
import type { Scenario } from '../../engine/scenario-schema';
import type { Say } from '../../ui/classroom/say';
import type { Screen } from '../../ui/screen';

/** What the app offers classroom mode. */
export interface ClassHost {
  say: Say;
  dictionary: Dictionary;
  /** Shows a DOM screen of classroom mode (not the title, not the table). */
  show(screen: Screen): void;
  showTitle(): void;
  /** Makes a started game the app's current one and shows it: its briefing, the table, or nothing (an ended game). */
  play(scenario: Scenario, game: Game, at: 'briefing' | 'table' | 'none'): void;
  /** Seconds left on the table's deliberation timer, or null when it is not running. */
  timeLeft(): number | null;
}
