/** What the app offers a class on the network: its screens, the title, the drawn table, the keys and the scenarios. */

import type { ScenarioLibrary } from '../../session/scenario-library';
import type { Session } from '../../session/session';
import type { Narrator } from '../../ui/narrator';
import type { Screen } from '../../ui/screen';
import type { ShortcutAction } from '../../ui/shortcuts';
import type { Locale } from '../../view/locale';
import type { Keyboard } from '../keyboard';
import type { Router } from '../router';
import type { TableHost } from '../table-host';

/** The keys a networked screen answers: the table's shortcuts, as far as they mean something on it. */
export interface NetKeys {
  shortcut(action: ShortcutAction, n?: number): boolean;
}

export interface NetHost {
  locale: Locale;
  library: ScenarioLibrary;
  keyboard: Keyboard;
  router: Router;
  host: TableHost;
  narrator: Narrator;
  show(screen: Screen): void;
  showTitle(): void;
  /** Leaves whatever game the app holds in this tab (a class on the network takes the screen). */
  leaveGame(): void;
  /** Opens the history log of this session's game. */
  onHistory(session: Session): void;
  /** Opens the glossary as known in the round this session's game is in. */
  onGlossary(session: Session): void;
  onHelp(): void;
  onSettings(): void;
  /**
   * The game a networked screen now shows (its history and glossary keys open for it) and who
   * answers the table's shortcuts there; null when the screen stops.
   */
  showing(game: { session: Session; keys: NetKeys } | null): void;
}
