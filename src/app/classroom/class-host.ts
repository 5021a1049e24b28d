/** What the app offers classroom mode: its screens, the title, the table, the timer and the keys. */
import type { Dictionary } from '../../engine/locale';
import type { Scenario } from '../../engine/scenario-schema';
import type { ClassConfig, ClassSession } from '../../session/class-session';
import type { LocalSession } from '../../session/local-session';
import type { ScenarioLibrary } from '../../session/scenario-library';
import type { SessionStore } from '../../session/session-store';
import type { Say } from '../../ui/classroom/say';
import type { Screen } from '../../ui/screen';
import type { Keyboard } from '../keyboard';

export interface ClassHost {
  say: Say;
  dictionary: Dictionary;
  /** The interface's language (`ko`, `en`): a class is kept, resumed and exported in the one it started in. */
  lang: string;
  library: ScenarioLibrary;
  store: SessionStore;
  keyboard: Keyboard;
  /** Shows a DOM screen of classroom mode (not the title, not the table). */
  show(screen: Screen): void;
  showTitle(): void;
  /** Makes a started game the app's current one and shows it: its briefing, the table, or nothing (an ended game). */
  play(session: LocalSession, at: 'briefing' | 'table' | 'none'): void;
  /** Goes on with a game played alone, picked from the saved sessions. */
  playSolo(saved: ClassSession): void;
  /** Seconds left on the table's deliberation timer, or null when it is not running. */
  timeLeft(): number | null;
  /** True when a class server answers: the set-up then offers every team its own device. */
  networked(): boolean;
  /** Creates the class on the server, every team on its own device. */
  startNetworked(scenario: Scenario, config: ClassConfig, fromFile: boolean): void;
  /** False when the page's address leads into a class on the network: no class of this tab is resumed. */
  resumeAllowed: boolean;
}
