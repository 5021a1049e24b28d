/**
 * The deliberation's clock, kept by the server so that every device of a class shows the same
 * countdown and the phase ends on time even when the teacher's laptop sleeps. The engine has no
 * clock: the room tells this clock the game's phase after each event, with the time the event
 * was accepted, and asks it how much time is left.
 */

/** What the clock reads from the game after each event. */
export interface ClockInput {
  phase: string;
  round: number;
  paused: boolean;
  /** The deliberation's length, the facilitator's extensions included. */
  seconds: number;
}

/** Time left in the deliberation now, in milliseconds, and whether it is running (false while paused). */
export interface ClockReading {
  leftMs: number;
  running: boolean;
}

export class DeliberationClock {
  /** Which deliberation this is (its round), '' outside deliberation. */
  private key = '';
  private seconds = 0;
  /** Milliseconds spent before `since`. */
  private spent = 0;
  /** When the clock last started running; null while it stands still. */
  private since: number | null = null;

  /** Follows the game after an event accepted at `at` (ms since 1970): a new deliberation, a pause, a resume. */
  follow(game: ClockInput, at: number): void {
    const key = game.phase === 'deliberate' ? String(game.round) : '';
    this.seconds = game.seconds;
    if (key !== this.key) {
      this.key = key;
      this.spent = 0;
      this.since = key === '' || game.paused ? null : at;
      return;
    }
    if (key === '') return;
    if (game.paused && this.since !== null) {
      this.spent += Math.max(0, at - this.since);
      this.since = null;
    } else if (!game.paused && this.since === null) this.since = at;
  }

  /** The time left at `now`, or undefined outside deliberation. */
  read(now: number): ClockReading | undefined {
    if (this.key === '') return undefined;
    const running = this.since === null ? 0 : Math.max(0, now - this.since);
    return { leftMs: Math.max(0, this.seconds * 1000 - this.spent - running), running: this.since !== null };
  }
}
