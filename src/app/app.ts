/**
 * The wiring, on top of everything and thin: it composes the router, the one keyboard
 * dispatcher, the Phaser host, the scenario library and a session for each game, and hands
 * each screen what it needs. Data flows one way: a control or key sends an intent to the
 * session, the session gives a new view, and the table presenter redraws from it.
 */
import { Game } from '../engine/game';
import { LocalSession } from '../session/local-session';
import { ScenarioLibrary } from '../session/scenario-library';
import type { Session } from '../session/session';
import { SessionStore } from '../session/session-store';
import { forgetSolo, recallSolo } from '../session/solo-memory';
import { briefingScreen } from '../ui/briefing-screen';
import { byId } from '../ui/dom';
import { createNarrator, type Narrator } from '../ui/narrator';
import { type SetupChoice, setupScreen } from '../ui/setup-screen';
import type { Locale, MessageKey } from '../view/locale';
import { problemWords } from '../view/problem-words';
import { refusalWords } from '../view/refusal-words';
import { type Settings, saveSettings } from '../view/settings';
import { playerSeat } from '../view/table-model';
import { applySettings } from './apply-settings';
import { bundledScenarios } from './bundled-scenarios';
import { type ClassMode, installClassMode } from './classroom/class-mode';
import { DeliberationTimer, tabMemory } from './deliberation-timer';
import { Dialogs } from './dialogs';
import { Keyboard } from './keyboard';
import type { NetKeys } from './network/net-host';
import { installNetMode } from './network/net-mode';
import { notices } from './notices';
import { openTable, scenarioWords } from './open-table';
import { pdfFontStored, storePdfFont } from './pdf-font-store';
import { quietMoment } from './quiet-moment';
import { Router } from './router';
import { type SourcesFrom, showSources } from './show-sources';
import { type EndingHost, showEnding, showSoloDebrief } from './solo-ending';
import { keepSolo, type SoloRecord } from './solo-keeping';
import { TableHost } from './table-host';
import { TablePresenter } from './table-presenter';
import { installTestHook } from './test-hook';
import { TitleStatus } from './title-status';
import { hideUntranslated, sayIfUntranslated } from './untranslated-notice';
import { UpdateFlow } from './update-flow';

/** The game on show: its session (the shared table's viewer) and what draws it. */
interface Current {
  session: LocalSession;
  presenter: TablePresenter;
  /** A game played alone is kept for a reload of its tab; this stops that. */
  stopRemembering?: () => void;
}

export class App {
  private settings: Settings;
  private readonly narrator: Narrator = createNarrator(byId('narrator'));
  private readonly store = new SessionStore();
  readonly library: ScenarioLibrary;
  private readonly host: TableHost;
  private readonly router: Router;
  private readonly keyboard = new Keyboard(document);
  private readonly dialogs: Dialogs;
  private readonly timer: DeliberationTimer;
  private current: Current | null = null;
  private classMode: ClassMode | null = null;
  private readonly updates: UpdateFlow;
  private readonly titleStatus: TitleStatus;
  /** A game shown without being this tab's own (a class on the network), for its history log. */
  private elsewhere: Session | undefined;
  /** The class on the network on show in this tab, and who answers the table's keys there. */
  private netGame: { session: Session; keys: NetKeys } | null = null;

  constructor(
    private readonly locale: Locale,
    settings: Settings,
  ) {
    this.settings = settings;
    this.library = new ScenarioLibrary(bundledScenarios(locale.lang), this.store);
    this.host = new TableHost(locale, () => this.settings.calm);
    this.updates = new UpdateFlow({
      say: locale.t,
      notices,
      where: () => ({ screen: this.router.name, phase: this.current?.session.view().phase ?? null }),
    });
    this.titleStatus = new TitleStatus(byId('title-status'), locale.t, byId('title-font'), storePdfFont);
    this.router = new Router(
      locale,
      () => this.host.sleep(),
      () => {
        this.updates.moment('screen');
        // The scenario's words are said to be untranslated during its game, not on the title or the guide.
        if (this.router.name === 'title' || this.router.name === 'guide') hideUntranslated();
      },
    );
    this.dialogs = new Dialogs(locale, {
      settings: () => this.settings,
      changeSettings: (next) => this.changeSettings(next),
      history: () => this.current?.session ?? this.netGame?.session ?? this.elsewhere,
      sources: () => this.showSources(this.router.name === 'briefing' ? 'briefing' : 'table'),
      leave: () => this.leave(() => this.router.show(null)),
    });
    this.timer = new DeliberationTimer(
      (left, paused) => this.current?.presenter.table?.setTimer(left, paused),
      () => {
        this.narrator.say(this.locale.t('narrator.timer-done'));
        void this.current?.session.send({ type: 'deliberation.done' });
      },
      undefined,
      tabMemory('red-lines.timer'),
    );
  }

  start(): void {
    applySettings(document.documentElement, this.settings);
    this.translateStatic();
    byId('title-new').addEventListener('click', () => this.showSetup());
    byId('title-help').addEventListener('click', () => this.dialogs.help().open());
    byId('title-settings').addEventListener('click', () => this.dialogs.settings().open());
    this.keyboard.on((event) =>
      this.dialogs.onKey(event, this.router.name, this.current?.presenter.table ?? this.netGame?.keys ?? null),
    );
    const net = installNetMode(
      {
        locale: this.locale,
        library: this.library,
        keyboard: this.keyboard,
        router: this.router,
        host: this.host,
        narrator: this.narrator,
        show: (screen) => this.router.show(screen),
        showTitle: () => this.router.show(null),
        leaveGame: () => this.endGame(),
        onHistory: (session) => {
          this.elsewhere = session;
          this.dialogs.openHistory();
        },
        onGlossary: (session) => {
          this.elsewhere = session;
          this.dialogs.openGlossary();
        },
        onHelp: () => this.dialogs.help().open(),
        onSettings: () => this.dialogs.settings().open(),
        showing: (game) => {
          this.netGame = game;
        },
      },
      location,
    );
    this.classMode = installClassMode({
      networked: () => net.available(),
      startNetworked: (scenario, config, fromFile) => net.create(scenario, config, fromFile),
      resumeAllowed: !net.resuming,
      say: this.locale.t,
      dictionary: this.locale.dictionary,
      lang: this.locale.lang,
      library: this.library,
      store: this.store,
      keyboard: this.keyboard,
      show: (screen) => this.router.show(screen),
      showTitle: () => this.router.show(null),
      play: (session, at) => this.adopt(session, at),
      playSolo: (saved) => this.playSolo(saved.game, saved.meta),
      timeLeft: () => (this.current?.session.view().phase === 'deliberate' ? this.timer.left : null),
    });
    if (!this.classMode.resuming && !net.resuming) void this.resumeSolo();
    installTestHook(location, {
      screen: () => this.router.name,
      session: () => this.current?.session ?? null,
      table: () => this.host,
      counts: () => this.current?.presenter.counts ?? null,
      narrated: () => this.narrator.last,
    });
  }

  /** Writes the page's static words (the HTML title screen) from the locale. */
  private translateStatic(): void {
    for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
      const key = el.dataset.i18n;
      // The page's own keys; a test checks that each is in the locale files.
      if (key) el.textContent = this.locale.t(key as MessageKey);
    }
    document.documentElement.lang = this.locale.lang;
    // The title's language switch marks the language in use (English when Korean could not load).
    for (const link of document.querySelectorAll('.title-languages a')) {
      if (link.id === `title-lang-${this.locale.lang}`) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
  }

  /**
   * Loads Phaser in the background, once the title is on screen, so the table is quick to open;
   * then, at a quiet moment (the title idle, or a game's table drawn), stores the whole game on
   * this device (the service worker), so the title says "Ready." only when a lesson can go on
   * without the network. Storing 3 MB while a table loads would slow it on a school laptop.
   */
  prefetchTable(): void {
    this.host
      .prefetch()
      .then(
        () => this.titleStatus.tableLoaded(),
        (error: unknown) => this.titleStatus.tableFailed(error),
      )
      .then(() => quietMoment(() => this.gameOnItsWay()))
      // The worker's link (with Workbox's window part) is fetched then too: it is no part of a table.
      .then(() => import('./service-worker'))
      .then(({ linkServiceWorker }) => {
        const link = linkServiceWorker();
        link.onStored((stored) => this.titleStatus.storedChanged(stored));
        this.updates.connect(link);
        void pdfFontStored().then((kept) => this.titleStatus.fontChanged({ kind: kept ? 'stored' : 'missing' }));
      })
      .catch((error: unknown) =>
        this.titleStatus.storedChanged({
          kind: 'failed',
          reason: error instanceof Error ? error.message : String(error),
        }),
      );
  }

  /** Whether a game is being set up or its table is still loading: storing the game waits for it. */
  private gameOnItsWay(): boolean {
    const name = this.router.name;
    return name === 'setup' || name === 'briefing' || (name === 'table' && !this.host.ready);
  }

  private changeSettings(next: Settings): void {
    const resized = next.textSize !== this.settings.textSize;
    this.settings = next;
    applySettings(document.documentElement, next);
    saveSettings(localStorage, next);
    this.host.setCalm(next.calm);
    if (resized) this.host.restyle();
  }

  showSetup(): void {
    this.router.show(
      setupScreen({
        locale: this.locale,
        catalog: this.library.catalog(),
        onBack: () => this.router.show(null),
        onStart: (choice) => this.newGame(choice),
      }),
    );
  }

  private newGame(choice: SetupChoice): void {
    this.endGame();
    const game = new Game(this.library.rules(choice.scenario), choice.seed);
    const started = new LocalSession(game, { kind: 'facilitator' }).sendNow({
      type: 'game.start',
      length: choice.length,
    });
    if (!started.ok) {
      if ('refusal' in started) this.narrator.say(refusalWords(started.refusal, choice.scenario, this.locale.t));
      return;
    }
    const session = new LocalSession(game, { kind: 'seat', seat: playerSeat(choice.scenario, game.context) });
    this.adopt(session, 'briefing');
    this.remember(session);
    // A scenario from a file is kept beside the saved sessions, so this game can be gone on with.
    void this.library.fileStanding(choice.scenario).then((standing) => {
      if (standing.kind === 'new')
        this.store.keepScenario(choice.scenario.id, choice.scenario.version, JSON.stringify(choice.scenario));
    });
  }

  /** Keeps the current game, played alone, for a reload of this tab and among the saved sessions. */
  private remember(session: LocalSession, record?: SoloRecord): void {
    if (this.current?.session !== session) return;
    const narrate = (text: string) => this.narrator.say(text);
    const quiet = quietMoment(() => this.gameOnItsWay());
    this.current.stopRemembering = keepSolo(this.store, this.locale.t, narrate, session, quiet, record);
  }

  /**
   * Goes on with a game played alone: at its briefing if nothing has been done in it yet (a
   * reload while the class reads), at the table, or at its ending if it is over.
   */
  private playSolo(game: Game, record?: SoloRecord): void {
    const { scenario } = game.rules.index;
    const session = new LocalSession(game, { kind: 'seat', seat: playerSeat(scenario, game.context) });
    const ended = game.phase === 'ended';
    const untouched = game.events.every((e) => e.type === 'game.start');
    this.adopt(session, ended ? 'none' : untouched ? 'briefing' : 'table');
    this.remember(session, record);
    if (ended) this.showEnding();
  }

  /** After a reload: back to the game this tab was playing alone, or a word on why not. */
  private async resumeSolo(): Promise<void> {
    const recalled = await recallSolo(this.library);
    if (recalled === null) return;
    if (!recalled.ok) {
      forgetSolo();
      byId('title-status').textContent = this.locale.t('app.resume-refused', {
        problems: recalled.problems.map((p) => problemWords(p, this.locale.t)).join(' '),
      });
      return;
    }
    const kept = recalled.id === undefined ? undefined : this.store.meta(recalled.id);
    this.playSolo(recalled.game, kept && { id: kept.id, created: kept.created });
  }

  /** Makes a started game the current one (a new game, a class game, a resumed one) and shows it. */
  private adopt(session: LocalSession, at: 'briefing' | 'table' | 'none'): void {
    this.endGame();
    const presenter = new TablePresenter({
      session,
      index: session.game.rules.index,
      locale: this.locale,
      host: this.host,
      narrator: this.narrator,
      timer: this.timer,
      gameKey: `${session.scenario.id}/${session.game.seed}`,
      onEnded: () => this.showEnding(),
      onHistory: () => this.dialogs.openHistory(),
      onGlossary: () => this.dialogs.openGlossary(),
      onHelp: () => this.dialogs.help().open(),
      onSettings: () => this.dialogs.settings().open(),
      onLeave: () => this.dialogs.leave().open(),
    });
    this.current = { session, presenter };
    this.updates.follow(session);
    sayIfUntranslated(session.scenario, this.locale);
    if (at === 'table') this.showTable();
    else if (at === 'briefing') this.showBriefing();
  }

  private endGame(): void {
    const current = this.current;
    if (!current) return;
    this.classMode?.sessionEnded(current.session);
    current.presenter.close();
    current.session.close();
    // Only a game that was left forgets its countdown and its copy for a reload: after a reload
    // there is none yet, and the tab's memory holds what the resumed game needs.
    this.timer.forget();
    if (current.stopRemembering) {
      current.stopRemembering();
      forgetSolo();
    }
    this.current = null;
    this.updates.follow(null);
    this.host.ready = false;
  }

  private leave(then: () => void): void {
    this.endGame();
    then();
  }

  showBriefing(): void {
    const current = this.current;
    if (!current) {
      this.showSetup();
      return;
    }
    const view = current.session.view();
    this.router.show(
      briefingScreen({
        locale: this.locale,
        scenario: current.session.scenario,
        seat: view.handSeat,
        length: view.length,
        seconds: view.deliberationBase,
        onBack: () => this.leave(() => this.showSetup()),
        onStart: () => this.showTable(),
        onGlossary: () => this.dialogs.openGlossary(),
        onSources: () => this.showSources('briefing'),
        onSettings: () => this.dialogs.settings().open(),
      }),
    );
    // The table is built while the briefing is read; its last click only shows it.
    const { presenter, session } = current;
    const first = presenter.preview();
    this.host.prepare(
      presenter,
      first.model,
      first.ui,
      scenarioWords(session.scenario),
      () => presenter.latest() ?? first,
    );
  }

  showTable(): void {
    const current = this.current;
    if (!current) {
      this.showSetup();
      return;
    }
    openTable(this.router, this.host, current.presenter, current.session.scenario);
  }

  private showEnding(): void {
    const current = this.current;
    if (!current) {
      this.router.show(null);
      return;
    }
    this.timer.forget();
    // A class game goes on to its full debrief.
    if (this.classMode?.ended(current.session)) return;
    showEnding(this.endingHost(current.session));
  }

  /** The Sources page of the game on show; its back button returns where it was opened. */
  private showSources(from: Exclude<SourcesFrom, 'debrief'>): void {
    const session = this.current?.session;
    if (!session) return;
    const back = {
      briefing: () => this.showBriefing(),
      table: () => this.showTable(),
      ending: () => this.showEnding(),
    };
    showSources((screen) => this.router.show(screen), this.locale, session, from, back[from]);
  }

  private endingHost(session: LocalSession): EndingHost {
    return {
      locale: this.locale,
      router: this.router,
      session,
      onHistory: () => this.dialogs.openHistory(),
      onDebrief: () => void showSoloDebrief(this.endingHost(session), () => this.current?.session === session),
      onSources: () => this.showSources('ending'),
      onBackToEnding: () => this.showEnding(),
      onAgain: () => this.leave(() => this.showSetup()),
      onTitle: () => this.leave(() => this.router.show(null)),
      cases: { library: this.library, store: this.store },
    };
  }
}
