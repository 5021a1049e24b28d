/**
 * One game on show, pushed one way: an intent goes to the session, the session gives a new
 * view, and this builds the table model from it once and hands that one model to both the DOM
 * words and the drawn table, once each. What the players merely look at (the hand's page, the
 * card selected) redraws the drawn table from the same model, without building another.
 * It also tells the narrator what happened and keeps the deliberation timer in step.
 */
import type { ScenarioIndex } from '../engine/scenario-index';
import type { TimelineLine } from '../engine/timeline';
import type { GameView, IntentResult, Session } from '../session/session';
import type { TableUi } from '../table/table-handle';
import type { Narrator } from '../ui/narrator';
import { type TableScreen, tableScreen } from '../ui/table-screen';
import { tableHand } from '../view/hand-view';
import type { Locale } from '../view/locale';
import { refusalWords } from '../view/refusal-words';
import { storyLines } from '../view/story';
import { type TableModel, tableModel } from '../view/table-model';
import type { Countdown } from './deliberation-timer';
import type { TableHost } from './table-host';

export interface PresenterDeps {
  session: Session;
  index: ScenarioIndex;
  locale: Locale;
  host: TableHost;
  narrator: Narrator;
  timer: Countdown;
  /** Names this game for the timer's memory, so a reload finds the same deliberation (the scenario and the seed). */
  gameKey: string;
  /** The game has ended (the ending or the class's debrief follows). */
  onEnded(): void;
  onHistory(): void;
  onGlossary(): void;
  onHelp(): void;
  onSettings(): void;
  onLeave(): void;
}

/** How often, for this game, a table model was built, the DOM words updated and the drawn table asked to draw: the test hook reports it. */
export interface RenderCounts {
  builds: number;
  words: number;
  draws: number;
}

export class TablePresenter {
  readonly counts: RenderCounts = { builds: 0, words: 0, draws: 0 };
  private screen: TableScreen | null = null;
  private model: TableModel | null = null;
  /** How much of the log the narrator has already told. */
  private seen: number;
  /** The phase last announced, so a phase is named once, when it begins. */
  private announced = '';
  private readonly stop: () => void;

  constructor(private readonly deps: PresenterDeps) {
    this.seen = deps.session.view().log.length;
    this.stop = deps.session.subscribe((view) => this.onView(view));
  }

  /** The table screen while it is shown; null before and after. */
  get table(): TableScreen | null {
    return this.screen;
  }

  /** Builds the table screen for this game and its first model; the caller shows it. */
  open(shown: () => boolean): TableScreen {
    const { session, locale } = this.deps;
    const view = session.view();
    const screen = tableScreen({
      locale,
      scenario: session.scenario,
      seat: view.handSeat,
      requireRationale: view.requireRationale,
      send: (intent) => session.send(intent),
      failureText: (result) => this.failureText(result),
      narrate: (text) => this.deps.narrator.say(text),
      onUi: () => this.redraw(),
      onHistory: this.deps.onHistory,
      onGlossary: this.deps.onGlossary,
      onHelp: this.deps.onHelp,
      onSettings: this.deps.onSettings,
      onLeave: this.deps.onLeave,
    });
    this.screen = screen;
    this.shown = shown;
    const model = this.build(view);
    this.refreshWords(view, model);
    this.deps.narrator.say(
      locale.t('narrator.round', { round: model.round, rounds: model.rounds, label: model.roundLabel }),
    );
    return screen;
  }

  /** The table as it will open, for building it while the briefing is read: the first model, nothing looked at yet. */
  preview(): { model: TableModel; ui: TableUi } {
    const model = this.build(this.deps.session.view());
    return { model, ui: { hand: tableHand(model, { page: 0, playableOnly: false, open: null }), selected: null } };
  }

  /** The model and the players' choices as they are now, for the drawn table's first frame. */
  latest(): { model: TableModel; ui: TableUi } | null {
    if (!this.model || !this.screen) return null;
    return { model: this.model, ui: this.screen.ui() };
  }

  /** The table screen was left for good (another game, the title): nothing is drawn for this game any more. */
  close(): void {
    this.stop();
    this.screen = null;
  }

  private shown: () => boolean = () => false;

  private onView(view: GameView): void {
    const { locale, narrator } = this.deps;
    const fresh = view.log.length > this.seen ? view.log.slice(this.seen) : [];
    // An undo shortens the log: nothing to announce, just redraw.
    this.seen = view.log.length;
    const announce = this.story(fresh, view).map((l) => l.text);
    if (view.phase === 'ended') {
      for (const text of announce) narrator.say(text);
      this.deps.onEnded();
      return;
    }
    if (this.screen && this.shown()) {
      const model = this.build(view);
      this.refreshWords(view, model);
      this.draw(model);
      if (this.announced !== model.phase) {
        announce.push(locale.t('narrator.phase', { phase: locale.t(`phases.${model.phase}`) }));
        // An early ending within reach is said as each round begins and again before the decisions.
        if (model.phase === 'brief' || model.phase === 'decide') announce.push(...model.warnings);
      }
      this.announced = model.phase;
    }
    for (const text of announce) narrator.say(text);
  }

  private build(view: GameView): TableModel {
    this.counts.builds++;
    this.model = tableModel(this.deps.index, view, this.deps.locale);
    return this.model;
  }

  private draw(model: TableModel): void {
    if (!this.screen) return;
    this.counts.draws++;
    this.deps.host.render(model, this.screen.ui());
  }

  /** The players looked elsewhere (a page of the hand, a card): the same model, drawn again. */
  private redraw(): void {
    if (this.model) this.draw(this.model);
  }

  /** The words follow the model; the timer runs while the players deliberate. */
  private refreshWords(view: GameView, model: TableModel): void {
    this.counts.words++;
    this.screen?.update(model, this.roundLines(view));
    this.deps.timer.sync(
      model.phase === 'deliberate'
        ? {
            key: `${this.deps.gameKey}/${view.round}`,
            seconds: view.deliberationSeconds,
            paused: view.paused,
          }
        : null,
    );
    if (model.phase !== 'deliberate') this.screen?.setTimer(null, false);
  }

  /** The current round's story as timeline lines, for the words column. */
  private roundLines(view: GameView): TimelineLine[] {
    const log = view.log;
    let from = 0;
    for (let i = log.length - 1; i >= 0; i--)
      if (log[i]?.kind === 'round') {
        from = i;
        break;
      }
    return this.story(log.slice(from), view);
  }

  /** Log entries as the story's lines, the class's teams by the names the teacher gave them. */
  private story(entries: GameView['log'], view: GameView): TimelineLine[] {
    return storyLines(this.deps.session.scenario, entries, this.deps.locale.dictionary, {
      length: view.length,
      teams: view.teams,
    });
  }

  private failureText(result: Exclude<IntentResult, { ok: true }>): string {
    const { locale, session } = this.deps;
    return 'refusal' in result
      ? refusalWords(result.refusal, session.scenario, locale.t)
      : locale.t(`app.not-sent.${result.notSent}`);
  }
}
