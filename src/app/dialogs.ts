/**
 * The sheets over any screen (help, settings, the history log, the glossary), made on first use,
 * and the keys that work everywhere: `?` for help, `H` for the history, `G` for the glossary,
 * then the table's own shortcuts.
 */
import type { Session } from '../session/session';
import type { SheetDialog } from '../ui/dialog';
import { type GlossaryDialog, glossaryDialog } from '../ui/glossary-dialog';
import { helpDialog } from '../ui/help-dialog';
import { type HistoryDialog, historyDialog } from '../ui/history-dialog';
import { leaveDialog } from '../ui/leave-dialog';
import type { ScreenName } from '../ui/screen';
import { settingsDialog } from '../ui/settings-dialog';
import { shortcutFor } from '../ui/shortcuts';
import type { TableScreen } from '../ui/table-screen';
import { glossaryNow } from '../view/glossary-model';
import type { Locale } from '../view/locale';
import type { Settings } from '../view/settings';
import { storyLines } from '../view/story';

export interface DialogDeps {
  settings(): Settings;
  changeSettings(next: Settings): void;
  /** The game whose history the log shows, if one is on. */
  history(): Session | undefined;
  /** Opens the Sources page of the game on show (from the glossary). */
  sources(): void;
  /** Leaves the game on show for the title, once the question is answered. */
  leave(): void;
}

export class Dialogs {
  private made: {
    help?: SheetDialog;
    settings?: SheetDialog;
    history?: HistoryDialog;
    glossary?: GlossaryDialog;
    leave?: SheetDialog;
  } = {};

  constructor(
    private readonly locale: Locale,
    private readonly deps: DialogDeps,
  ) {}

  help(): SheetDialog {
    this.made.help ??= helpDialog(this.locale);
    return this.made.help;
  }

  settings(): SheetDialog {
    this.made.settings ??= settingsDialog(this.locale, this.deps.settings, this.deps.changeSettings);
    return this.made.settings;
  }

  /** Asks before the table is left. */
  leave(): SheetDialog {
    this.made.leave ??= leaveDialog(this.locale, this.deps.leave);
    return this.made.leave;
  }

  openHistory(): void {
    const session = this.deps.history();
    if (!session) return;
    this.made.history ??= historyDialog(this.locale);
    const view = session.view();
    this.made.history.show(
      storyLines(session.scenario, view.log, this.locale.dictionary, { length: view.length, teams: view.teams }),
    );
  }

  /** The glossary of the game on show, as far as the round being played allows. */
  openGlossary(): void {
    const session = this.deps.history();
    if (!session) return;
    this.made.glossary ??= glossaryDialog(this.locale, () => this.deps.sources());
    const { entries, intro } = glossaryNow(session.scenario, session.view(), this.locale.t);
    this.made.glossary.show(entries, intro);
  }

  /**
   * Answers a key press on `screen`; true when it was taken. `table` answers the table's own
   * shortcuts: this tab's table, or a class's table or team device on the network.
   */
  onKey(event: KeyboardEvent, screen: ScreenName, table: Pick<TableScreen, 'shortcut'> | null): boolean {
    const shortcut = shortcutFor(event);
    if (!shortcut) return false;
    const open = Object.values(this.made).find((d) => d?.isOpen);
    if (open) {
      // Inside a dialog, its own key closes it again; Esc is the dialog's own.
      const own =
        (shortcut.action === 'history' && open === this.made.history) ||
        (shortcut.action === 'glossary' && open === this.made.glossary) ||
        (shortcut.action === 'help' && open === this.made.help);
      if (own) open.close();
      return own;
    }
    if (shortcut.action === 'help') {
      this.help().open();
      return true;
    }
    const atTable = screen === 'table' || screen === 'net-team';
    if (shortcut.action === 'history' && (atTable || screen === 'ending')) {
      this.openHistory();
      return true;
    }
    if (shortcut.action === 'glossary' && (atTable || screen === 'briefing')) {
      this.openGlossary();
      return true;
    }
    return atTable && table?.shortcut(shortcut.action, shortcut.n) === true;
  }
}
