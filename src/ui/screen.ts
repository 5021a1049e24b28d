/** What every DOM screen gives the router: its element, its name, and where focus goes on arrival. */

export type ScreenName =
  | 'title'
  | 'setup'
  | 'briefing'
  | 'table'
  | 'ending'
  | 'class-setup'
  | 'sessions'
  | 'debrief'
  | 'guide'
  | 'sources'
  | 'net-lobby'
  | 'net-join'
  | 'net-team'
  | 'net-notice';

export interface Screen {
  name: ScreenName;
  /** For the document title and the narrator. */
  title: string;
  element: HTMLElement;
  /** Focus lands here when the screen appears, so a screen reader starts at its heading. */
  focusTarget: HTMLElement;
  /** Called when the screen is left: listeners and timers stop here. */
  dispose?(): void;
  /** The screen's own way back (its Back button, or a question first), for the browser's Back. */
  back?(): void;
}
