/**
 * The deliberation timer. The engine has no clock, so the countdown lives here: it counts down
 * the round's seconds with the wall clock, stands still while the game is paused, follows the
 * facilitator's extensions, and at zero asks for `deliberation.done` once.
 */

export interface TimerState {
  /** Which deliberation this is (the round): a new key starts a new countdown. */
  key: number;
  seconds: number;
  paused: boolean;
}

export class DeliberationTimer {
  private key = -1;
  private total = 0;
  private elapsed = 0;
  private since: number | null = null;
  private paused = false;
  private done = false;
  private interval: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly onTick: (secondsLeft: number, paused: boolean) => void,
    private readonly onDone: () => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Runs the countdown for this deliberation; call with null when the phase is not deliberation. */
  sync(state: TimerState | null): void {
    if (state === null) {
      this.stop();
      return;
    }
    if (state.key !== this.key) {
      this.key = state.key;
      this.elapsed = 0;
      this.done = false;
      this.since = null;
      this.paused = false;
    }
    this.total = state.seconds;
    this.setPaused(state.paused);
    this.interval ??= setInterval(() => this.tick(), 250);
    this.tick();
  }

  private setPaused(paused: boolean): void {
    const t = this.now();
    if (paused && this.since !== null) {
      this.elapsed += (t - this.since) / 1000;
      this.since = null;
    } else if (!paused && this.since === null) this.since = t;
    this.paused = paused;
  }

  /** Seconds left in the current deliberation. */
  get left(): number {
    const running = this.since === null ? 0 : (this.now() - this.since) / 1000;
    return Math.max(0, this.total - this.elapsed - running);
  }

  private tick(): void {
    const left = this.left;
    this.onTick(left, this.paused);
    if (left <= 0 && !this.done && !this.paused) {
      this.done = true;
      this.stop();
      this.onDone();
    }
  }

  stop(): void {
    if (this.interval !== null) clearInterval(this.interval);
    this.interval = null;
  }
}
