/**
 * When a new build of the game may take over. A reload in the middle of a round would cost a
 * class its flow (a team at the device, a rationale half typed, the resolve being read out), so
 * the new version waits, with a notice, for a moment where a reload loses nothing: the title,
 * the table as a new round begins, or a game just over. Saved games replay, so the class (or a
 * game played alone) comes back exactly where it was, on the new build.
 */
import type { Phase } from '../engine/game';
import type { Session } from '../session/session';
import type { ScreenName } from '../ui/screen';
import type { Translate } from '../view/locale';
import type { Notices } from './notices';
import type { ServiceWorkerLink } from './service-worker';

/** Where the app is. */
export interface Whereabouts {
  screen: ScreenName;
  /** The current game's phase, or null with no game. */
  phase: Phase | null;
}

/** What just happened: a screen was shown, the game's phase changed, or nothing (an update has just arrived). */
export type Moment = 'screen' | 'phase' | 'now';

/**
 * True where a reload loses nothing: the title at any time; the table just as a round begins
 * (shown at its brief, or the phase just turned to a brief: nothing has been decided in that
 * round yet); a game the moment it ends. Never during a round's deliberation, decisions or
 * resolve, never on a set-up form being filled in, never while a debrief is being read.
 */
export function reloadLosesNothing(at: Whereabouts, moment: Moment): boolean {
  if (at.screen === 'title') return true;
  if (moment === 'now') return false;
  if (at.screen === 'table' && at.phase === 'brief') return true;
  return moment === 'phase' && at.phase === 'ended';
}

export interface UpdateFlowOptions {
  say: Translate;
  notices: Notices;
  where(): Whereabouts;
}

export class UpdateFlow {
  private link: ServiceWorkerLink | null = null;
  private ready = false;
  private announced = false;
  private unfollow: (() => void) | null = null;

  constructor(private readonly options: UpdateFlowOptions) {}

  /** Starts listening to the service worker for new builds. */
  connect(link: ServiceWorkerLink): void {
    this.link = link;
    link.onUpdate(() => {
      this.ready = true;
      this.moment('now');
    });
  }

  /** The app passed a moment: a new build waiting takes over if a reload now loses nothing, or says it will. */
  moment(moment: Moment): void {
    if (!this.ready || !this.link) return;
    if (!reloadLosesNothing(this.options.where(), moment)) {
      // Said once: a notice dismissed stays away until the new version loads.
      if (!this.announced)
        this.options.notices.show('update-ready', this.options.say('offline.update-ready'), {
          dismiss: this.options.say('offline.dismiss'),
        });
      this.announced = true;
      return;
    }
    const link = this.link;
    // After the moment's own work (every save is written synchronously by then), unless it has passed.
    setTimeout(() => {
      if (reloadLosesNothing(this.options.where(), moment)) link.apply();
    }, 0);
  }

  /** Follows the current game: each change of its phase is a moment. */
  follow(session: Session | null): void {
    this.unfollow?.();
    this.unfollow = null;
    if (!session) return;
    let phase = session.view().phase;
    this.unfollow = session.subscribe((view) => {
      if (view.phase === phase) return;
      phase = view.phase;
      this.moment('phase');
    });
  }
}
