/**
 * The router: which screen is on show. The title is the page's own HTML and the table lives in
 * its stage frame; every other screen is put into #app when shown and taken out when left.
 */
import { byId } from '../ui/dom';
import type { Screen, ScreenName } from '../ui/screen';
import type { Locale } from '../view/locale';

export class Router {
  private screen: Screen | null = null;
  private current: ScreenName = 'title';
  private readonly root = byId('app');
  private readonly titleScreen = byId('title-screen');
  private readonly stageFrame = byId('stage-frame');

  /**
   * `onLeaveTable` is told when another screen replaces the table (the drawn table may sleep);
   * `onShown` after any screen is shown (a new build may load then, see update-flow.ts).
   */
  constructor(
    private readonly locale: Locale,
    private readonly onLeaveTable: () => void,
    private readonly onShown: () => void = () => {},
  ) {}

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
}
