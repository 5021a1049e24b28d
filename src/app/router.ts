/**
 * The router: which screen is on show. The title is the page's own HTML and the table lives in
 * its stage frame; every other screen is put into #app when shown and taken out when left.
 *
 * The browser's history follows the screens, two entries deep: the title, and whichever screen is
 * on show above it. The browser's Back is then the screen's own way back (its Back button; at
 * the table, the question whether to leave), and never leaves the game by surprise.
 */
import { byId } from '../ui/dom';
import type { Screen, ScreenName } from '../ui/screen';
import type { Locale } from '../view/locale';

/** The history entry of a screen above the title, and the title's own. */
const ABOVE = { screen: 'above-title' };
const BASE = { screen: 'title' };

export class Router {
  private screen: Screen | null = null;
  private current: ScreenName = 'title';
  private readonly root = byId('app');
  private readonly titleScreen = byId('title-screen');
  private readonly stageFrame = byId('stage-frame');
  /** Whether the browser is on the entry above the title. */
  private above = history.state?.screen === ABOVE.screen;
  /** A step back the router took itself (to the title), not the person's Back. */
  private ownSteps = 0;

  /**
   * `onLeaveTable` is told when another screen replaces the table (the drawn table may sleep);
   * `onShown` after any screen is shown (a new build may load then, see update-flow.ts).
   */
  constructor(
    private readonly locale: Locale,
    private readonly onLeaveTable: () => void,
    private readonly onShown: () => void = () => {},
  ) {
    if (history.state === null) history.replaceState(BASE, '');
    window.addEventListener('popstate', () => this.onPop());
  }

  get name(): ScreenName {
    return this.current;
  }

  /** Shows a screen (null: the title), disposing of the one before. */
  show(screen: Screen | null, name: ScreenName = screen?.name ?? 'title'): void {
    if (this.screen && this.screen !== screen) {
      this.screen.dispose?.();
      if (this.screen.name !== 'table') this.screen.element.remove();
    }
    this.screen = screen;
    this.current = name;
    this.follow(name);
    this.titleScreen.hidden = name !== 'title';
    this.stageFrame.hidden = name !== 'table';
    if (name !== 'table') this.onLeaveTable();
    if (screen && name !== 'table' && !screen.element.isConnected) this.root.append(screen.element);
    const title = screen?.title ?? this.locale.t('title.screen');
    document.title = this.locale.t('app.document-title', { screen: title });
    (screen?.focusTarget ?? byId('title-heading')).focus();
    window.scrollTo(0, 0);
    this.onShown();
  }

  /** Keeps the browser's entry in step: above the title for any screen but the title. */
  private follow(name: ScreenName): void {
    if (name === 'title' && this.above) {
      this.above = false;
      this.ownSteps++;
      history.back();
    } else if (name !== 'title' && !this.above) {
      this.above = true;
      history.pushState(ABOVE, '');
    }
  }

  /** The browser's Back (or Forward): the screen's own way back; a screen that asks first stays meanwhile. */
  private onPop(): void {
    if (this.ownSteps > 0) {
      this.ownSteps--;
      return;
    }
    // A link within a page (the guide's contents) moved to an entry of its own: not a screen.
    const entry = history.state?.screen;
    if (entry !== ABOVE.screen && entry !== BASE.screen) return;
    this.above = entry === ABOVE.screen;
    if (this.above) {
      // Forward from the title: there is nothing ahead to go to.
      if (this.current === 'title') this.follow('title');
      return;
    }
    if (this.current === 'title') return;
    this.screen?.back?.();
    // The screen is still on show (it asks first, or has no way back): its entry comes back.
    if (this.name !== 'title') this.follow(this.name);
  }
}
