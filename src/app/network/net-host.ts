/** What the app offers a class on the network: its screens, the title, the drawn table, the keys and the scenarios. */

import type { ScenarioLibrary } from '../../session/scenario-library';
import type { Session } from '../../session/session';
import type { Narrator } from '../../ui/narrator';
import type { Screen } from '../../ui/screen';
import type { Locale } from '../../view/locale';
import type { Keyboard } from '../keyboard';
import type { Router } from '../router';
import type { TableHost } from '../table-host';

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
}
