/**
 * The wiring: it routes between the screens, creates each game from the engine, and subscribes
 * the views to it. Data flows one way: a control or key sends an event to the game, the game
 * gives a new snapshot, and the table, the words, the narrator and the timer redraw from it.
 */
import { Game, prepare, type Rules, type SendResult } from '../engine/game';
import type { PlayerEvent } from '../engine/game-events';
import type { Scenario } from '../engine/scenario-schema';
import { type TimelineLine, timeline } from '../engine/timeline';
import { bundledScenarios } from '../session/scenario-catalog';
import { forgetSolo, recallSolo, rememberSolo } from '../session/solo-memory';
import type { TableHandle, TableStrings } from '../table/table-handle';
import { briefingScreen } from '../ui/briefing-screen';
import type { SheetDialog } from '../ui/dialog';
import { byId } from '../ui/dom';
import { endingScreen } from '../ui/ending-screen';
import { fontsFor } from '../ui/fonts';
import { helpDialog } from '../ui/help-dialog';
import { type HistoryDialog, historyDialog } from '../ui/history-dialog';
import { createNarrator, type Narrator } from '../ui/narrator';
import type { Screen, ScreenName } from '../ui/screen';
import { settingsDialog } from '../ui/settings-dialog';
import { type SetupChoice, setupScreen } from '../ui/setup-screen';
import { shortcutFor } from '../ui/shortcuts';
import { type TableScreen, tableScreen } from '../ui/table-screen';
import type { Locale } from '../view/locale';
import { refusalWords } from '../view/refusal-words';
import { applySettings, type Settings, saveSettings } from '../view/settings';
import { playerSeat, type TableModel, tableModel } from '../view/table-model';
import { type ClassMode, installClassMode } from './classroom/class-mode';
import { DeliberationTimer, tabMemory } from './deliberation-timer';
import { installTestHook } from './test-hook';

/** The words a scenario shows, for choosing the fonts it needs. */
function scenarioWords(s: Scenario | undefined): string {
  if (!s) return '';
  return [
    s.title,
    s.summary,
    ...s.cards.map((c) => c.label),
    ...s.ladders.flatMap((l) => l.rungs.map((r) => r.label)),
  ].join(' ');
}

interface Session {
  scenario: Scenario;
  game: Game;
  seat: string;
  unsubscribe: () => void;
  /** How much of the log the views have already shown and announced. */
  seen: number;
  /** The phase last announced, so a phase is named once, when it begins. */
  announcedPhase?: string;
  /** A game played alone is kept for a reload of its tab; this stops that. */
  stopRemembering?: () => void;
}

export class App {
  private readonly locale: Locale;
  private settings: Settings;
  private readonly root = byId('app');
  private readonly titleScreen = byId('title-screen');
  private readonly stageFrame = byId('stage-frame');
  private readonly narrator: Narrator;
  private screen: Screen | null = null;
  private screenName: ScreenName = 'title';
  private session: Session | null = null;
  private table: TableScreen | null = null;
  private drawn: TableHandle | null = null;
  private drawnLoading: Promise<void> | null = null;
  private tableReady = false;
  private tableReadyAt = 0;
  private tableDealtAt = -1;
  private readonly rules = new WeakMap<Scenario, Rules>();
  private readonly timer: DeliberationTimer;
  private dialogs: { help?: SheetDialog; settings?: SheetDialog; history?: HistoryDialog } = {};
  private classMode: ClassMode | null = null;

  constructor(locale: Locale, settings: Settings) {
    this.locale = locale;
    this.settings = settings;
    this.narrator = createNarrator(byId('narrator'));
    this.timer = new DeliberationTimer(
      (left, paused) => this.table?.setTimer(left, paused),
      () => {
        this.narrator.say(this.locale.t('narrator.timer-done'));
        this.send({ type: 'deliberation.done' });
      },
      undefined,
      tabMemory('red-lines.timer'),
    );
  }

  start(): void {
    applySettings(document.documentElement, this.settings);
    this.translateStatic();
    byId('title-new').addEventListener('click', () => this.showSetup());
    byId('title-help').addEventListener('click', () => this.help().open());
    byId('title-settings').addEventListener('click', () => this.settingsDialog().open());
    document.addEventListener('keydown', (event) => this.onKey(event));
    this.classMode = installClassMode({
      say: this.locale.t,
      dictionary: this.locale.dictionary,
      show: (screen) => this.show(screen, screen.name),
      showTitle: () => this.showTitle(),
      play: (scenario, game, at) => this.adopt(scenario, game, at),
      timeLeft: () => (this.session?.game.phase === 'deliberate' ? this.timer.left : null),
    });
    if (!this.classMode.resuming) this.resumeSolo();
    installTestHook(location, {
      snapshot: () => ({
        screen: this.screenName,
        phase: this.session?.game.phase ?? null,
        context: this.session?.game.context ?? null,
        tableReady: this.tableReady,
        tableReadyAt: this.tableReady ? this.tableReadyAt : null,
        tableDealtAt: this.tableReady && this.tableDealtAt >= this.tableReadyAt ? this.tableDealtAt : null,
        animating: this.drawn?.animating ?? false,
        narrated: this.narrator.last,
      }),
      send: (event) => this.send(event),
    });
  }

  /** Writes the page's static words (the HTML title screen) from the locale. */
  private translateStatic(): void {
    for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
      const key = el.dataset.i18n;
      if (key) el.textContent = this.locale.t(key);
    }
    document.documentElement.lang = this.locale.lang;
  }

  /** Loads Phaser in the background, once the title is on screen, so the table is quick to open. */
  prefetchTable(): void {
    const status = byId('title-status');
    import('../table/boot')
      .then((boot) => boot.loadPhaser())
      .then(() => {
        // A message put there meanwhile (a game that could not be resumed) stays.
        if (status.textContent === this.locale.t('title.loading')) status.textContent = this.locale.t('title.ready');
      })
      .catch(() => {
        // The table loads again when it is needed; the title stays usable meanwhile.
      });
  }

  // ---- screens

  private show(screen: Screen | null, name: ScreenName): void {
    if (this.screen && this.screen !== screen) {
      this.screen.dispose?.();
      if (this.screen.name !== 'table') this.screen.element.remove();
    }
    this.screen = screen;
    this.screenName = name;
    this.titleScreen.hidden = name !== 'title';
    this.stageFrame.hidden = name !== 'table';
    if (name !== 'table') this.drawn?.sleep();
    if (screen && name !== 'table' && !screen.element.isConnected) this.root.append(screen.element);
    const title = screen?.title ?? this.locale.t('title.screen');
    document.title = this.locale.t('app.document-title', { screen: title });
    (screen?.focusTarget ?? byId('title-heading')).focus();
    window.scrollTo(0, 0);
  }

  showTitle(): void {
    this.show(null, 'title');
  }

  showSetup(): void {
    this.show(
      setupScreen({
        locale: this.locale,
        catalog: bundledScenarios(),
        onBack: () => this.showTitle(),
        onStart: (choice) => this.newGame(choice),
      }),
      'setup',
    );
  }

  private newGame(choice: SetupChoice): void {
    this.endSession();
    let rules = this.rules.get(choice.scenario);
    if (!rules) {
      rules = prepare(choice.scenario);
      this.rules.set(choice.scenario, rules);
    }
    const game = new Game(rules, choice.seed);
    const started = game.send({ type: 'game.start', length: choice.length });
    if (!started.ok) {
      this.narrator.say(refusalWords(started.refusal, choice.scenario, this.locale.t));
      return;
    }
    this.adopt(choice.scenario, game, 'briefing');
    this.remember(choice.scenario, game);
  }

  /** Keeps the current game, played alone, for a reload of this tab. */
  private remember(scenario: Scenario, game: Game): void {
    if (this.session?.game === game) this.session.stopRemembering = rememberSolo(scenario, game);
  }

  /** After a reload: back to the game this tab was playing alone, or a word on why not. */
  private resumeSolo(): void {
    const recalled = recallSolo();
    if (recalled === null) return;
    if (!recalled.ok) {
      forgetSolo();
      byId('title-status').textContent = this.locale.t('app.resume-refused', {
        problems: recalled.problems.join('; '),
      });
      return;
    }
    const { scenario, game } = recalled;
    this.adopt(scenario, game, game.phase === 'ended' ? 'none' : 'table');
    this.remember(scenario, game);
    if (game.phase === 'ended') this.showEnding();
  }

  /** Makes a started game the current one (a new game, a class game, a resumed session) and shows it. */
  private adopt(scenario: Scenario, game: Game, at: 'briefing' | 'table' | 'none'): void {
    this.endSession();
    const session: Session = {
      scenario,
      game,
      seat: playerSeat(scenario, game.context),
      unsubscribe: () => undefined,
      seen: game.context.log.length,
    };
    session.unsubscribe = game.subscribe(() => this.onChange(session));
    this.session = session;
    if (at === 'table') this.showTable();
    else if (at === 'briefing') this.showBriefing();
  }

  private endSession(): void {
    this.classMode?.sessionEnded(this.session?.game);
    this.session?.unsubscribe();
    // Only a game that was left forgets its countdown and its copy for a reload: after a reload
    // there is none yet, and the tab's memory holds what the resumed game needs.
    if (this.session) this.timer.forget();
    if (this.session?.stopRemembering) {
      this.session.stopRemembering();
      forgetSolo();
    }
    this.session = null;
    this.table = null;
    this.tableReady = false;
  }

  showBriefing(): void {
    const s = this.session;
    if (!s) {
      this.showSetup();
      return;
    }
    this.show(
      briefingScreen({
        locale: this.locale,
        scenario: s.scenario,
        seat: s.seat,
        length: s.game.context.length,
        onBack: () => {
          this.endSession();
          this.showSetup();
        },
        onStart: () => this.showTable(),
      }),
      'briefing',
    );
  }

  showTable(): void {
    const s = this.session;
    if (!s) {
      this.showSetup();
      return;
    }
    const table = tableScreen({
      locale: this.locale,
      scenario: s.scenario,
      seat: s.seat,
      requireRationale: s.game.context.requireRationale,
      send: (event) => this.send(event),
      refusalText: (refusal) => refusalWords(refusal, s.scenario, this.locale.t),
      narrate: (text) => this.narrator.say(text),
      onUi: () => {
        const s2 = this.session;
        if (s2 && this.table) this.drawn?.render(tableModel(s2.game, this.locale), this.table.ui());
      },
      onHistory: () => this.openHistory(),
      onHelp: () => this.help().open(),
      onSettings: () => this.settingsDialog().open(),
    });
    this.table = table;
    byId('table-ui').replaceChildren(table.element);
    this.show(table, 'table');
    const model = tableModel(s.game, this.locale);
    this.refreshTable(s, model, false);
    this.narrator.say(
      this.locale.t('narrator.round', { round: model.round, rounds: model.rounds, label: model.roundLabel }),
    );
    this.openDrawnTable(model, table);
  }

  /** Creates the Phaser table the first time, or restarts it for a new game. */
  private openDrawnTable(model: TableModel, table: TableScreen): void {
    this.tableReady = false;
    const loading = byId('table-loading');
    const strings = this.tableStrings(model);
    const drawn = this.drawn;
    if (drawn) {
      loading.hidden = true;
      const s = this.session;
      void fontsFor(scenarioWords(s?.scenario)).then(() => {
        // A newer game may have started while the fonts loaded; it resets the table itself.
        if (this.session === s) drawn.reset(model, table.ui(), strings);
      });
      return;
    }
    loading.hidden = false;
    const fonts = fontsFor(scenarioWords(this.session?.scenario));
    this.drawnLoading ??= Promise.all([import('../table/boot'), fonts])
      .then(([boot]) =>
        boot.createTable({
          parent: byId('table-canvas'),
          model,
          ui: table.ui(),
          strings,
          calm: this.settings.calm,
          onDealt: () => {
            this.tableDealtAt = performance.now();
          },
          onDrawn: () => {
            this.tableReady = true;
            this.tableReadyAt = performance.now();
            loading.hidden = true;
          },
        }),
      )
      .then((handle) => {
        this.drawn = handle;
        // The game may have moved on while Phaser loaded; draw where it is now.
        const s = this.session;
        if (s && this.table) handle.render(tableModel(s.game, this.locale), this.table.ui());
        if (this.screenName !== 'table') handle.sleep();
      })
      .catch((error: unknown) => {
        this.drawnLoading = null;
        byId('table-loading-text').textContent = this.locale.t('app.table-failed', { reason: String(error) });
      });
  }

  private tableStrings(model: TableModel): TableStrings {
    const t = this.locale.t;
    return {
      news: t('table.news'),
      hand: t('table.hand'),
      current: t('table.rung-current'),
      open: t('table.rung-open'),
      locked: t('card.locked-short'),
      playable: t('card.playable'),
      played: t('card.played-stamp'),
      higher: t('briefing.better-higher'),
      lower: t('briefing.better-lower'),
      capital: model.capital.label,
    };
  }

  private showEnding(): void {
    const s = this.session;
    if (!s) {
      this.showTitle();
      return;
    }
    this.timer.forget();
    // A class game goes on to its full debrief.
    if (this.classMode?.ended(s.game)) return;
    this.show(
      endingScreen({
        locale: this.locale,
        game: s.game,
        onHistory: () => this.openHistory(),
        onDebrief: () => void this.showDebrief(s),
        onAgain: () => {
          this.endSession();
          this.showSetup();
        },
        onTitle: () => {
          this.endSession();
          this.showTitle();
        },
      }),
      'ending',
    );
  }

  /** A game played alone gets the class's full debrief too, loaded on first use; back leads to the ending. */
  private async showDebrief(s: Session): Promise<void> {
    const { debriefScreen } = await import('../ui/debrief/debrief-screen');
    if (this.session !== s) return;
    const element = debriefScreen({
      game: s.game,
      say: this.locale.t,
      dictionary: this.locale.dictionary,
      name: s.scenario.title,
      backLabel: this.locale.t('ending.back-to-ending'),
      onBack: () => this.showEnding(),
    });
    this.show(
      {
        name: 'debrief',
        title: this.locale.t('classroom.debrief.screen'),
        element,
        focusTarget: element.querySelector<HTMLElement>('#debrief-title') ?? element,
      },
      'debrief',
    );
  }

  // ---- the game

  /** Every input ends here: the game accepts the event (and the views follow) or says why not. */
  send(event: PlayerEvent): SendResult {
    const s = this.session;
    if (!s) return { ok: false, refusal: { code: 'not-started' } };
    return s.game.send(event);
  }

  private onChange(s: Session): void {
    if (this.session !== s) return;
    const game = s.game;
    const log = game.context.log;
    // An undo shortens the log: nothing to announce, just redraw.
    const fresh = log.length > s.seen ? log.slice(s.seen) : [];
    s.seen = log.length;
    const lines = timeline(s.scenario, fresh, this.locale.dictionary, { length: game.context.length });
    const announce = lines.map((l) => l.text);
    if (game.phase === 'ended') {
      for (const text of announce) this.narrator.say(text);
      this.showEnding();
      return;
    }
    const model = tableModel(game, this.locale);
    if (this.table && this.screenName === 'table') {
      this.refreshTable(s, model, true);
      if (s.announcedPhase !== model.phase)
        announce.push(this.locale.t('narrator.phase', { phase: this.locale.t(`phases.${model.phase}`) }));
      s.announcedPhase = model.phase;
    }
    for (const text of announce) this.narrator.say(text);
  }

  /** Redraws the words and, unless a new game is about to reset it, the drawn table. */
  private refreshTable(s: Session, model: TableModel, drawn: boolean): void {
    this.table?.update(model, this.roundLines(s));
    if (drawn && this.table) this.drawn?.render(model, this.table.ui());
    const ctx = s.game.context;
    this.timer.sync(
      model.phase === 'deliberate'
        ? { key: `${s.scenario.id}/${ctx.seed}/${ctx.round}`, seconds: ctx.deliberationSeconds, paused: ctx.paused }
        : null,
    );
    if (model.phase !== 'deliberate') this.table?.setTimer(null, false);
  }

  /** The current round's story as timeline lines, for the words column. */
  private roundLines(s: Session): TimelineLine[] {
    const log = s.game.context.log;
    let from = 0;
    for (let i = log.length - 1; i >= 0; i--)
      if (log[i]?.kind === 'round') {
        from = i;
        break;
      }
    return timeline(s.scenario, log.slice(from), this.locale.dictionary, { length: s.game.context.length });
  }

  // ---- dialogs and keys

  private help(): SheetDialog {
    this.dialogs.help ??= helpDialog(this.locale);
    return this.dialogs.help;
  }

  private settingsDialog(): SheetDialog {
    this.dialogs.settings ??= settingsDialog(
      this.locale,
      () => this.settings,
      (next) => {
        this.settings = next;
        applySettings(document.documentElement, next);
        saveSettings(localStorage, next);
        this.drawn?.setCalm(next.calm);
      },
    );
    return this.dialogs.settings;
  }

  private openHistory(): void {
    const s = this.session;
    if (!s) return;
    this.dialogs.history ??= historyDialog(this.locale);
    const ctx = s.game.context;
    this.dialogs.history.show(
      timeline(s.scenario, ctx.log, this.locale.dictionary, { length: ctx.length, teams: ctx.teams }),
    );
  }

  private onKey(event: KeyboardEvent): void {
    const shortcut = shortcutFor(event);
    if (!shortcut) return;
    const open = Object.values(this.dialogs).find((d) => d?.isOpen);
    if (open) {
      // Inside a dialog, its own key closes it again; Esc is the dialog's own.
      if (
        (shortcut.action === 'history' && open === this.dialogs.history) ||
        (shortcut.action === 'help' && open === this.dialogs.help)
      ) {
        open.close();
        event.preventDefault();
      }
      return;
    }
    let handled = false;
    if (shortcut.action === 'help') {
      this.help().open();
      handled = true;
    } else if (shortcut.action === 'history' && (this.screenName === 'table' || this.screenName === 'ending')) {
      this.openHistory();
      handled = true;
    } else if (this.screenName === 'table' && this.table) handled = this.table.shortcut(shortcut.action, shortcut.n);
    if (handled) event.preventDefault();
  }
}
