/**
 * The deliberation timer. The engine has no clock, so the countdown lives here: it counts down
 * the round's seconds with the wall clock, stands still while the game is paused, follows the
 * facilitator's extensions, and at zero asks for `deliberation.done` once. With a memory, the
 * time already spent survives a reload of the page.
 */
import { tabGet, tabRemove, tabSet } from '../session/tab-storage';

export interface TimerState {
  /** Which deliberation this is (the game and its round): a new key starts a new countdown. */
  key: string;
  seconds: number;
  paused: boolean;
}

/** The time spent on one deliberation, kept where a reload finds it. */
export interface SpentTime {
  key: string;
  elapsed: number;
}

export interface TimerMemory {
  read(): SpentTime | null;
  /** null forgets: the deliberation is over or the game was left. */
  write(spent: SpentTime | null): void;
}

const FORGETFUL: TimerMemory = { read: () => null, write: () => undefined };

/** The memory of this tab (see tab-storage.ts); without it a reload restarts the countdown. */
export function tabMemory(storageKey: string): TimerMemory {
  return {
    read() {
      let value: unknown;
      try {
        value = JSON.parse(tabGet(storageKey) ?? 'null');
      } catch {
        return null;
      }
      if (typeof value !== 'object' || value === null) return null;
      const { key, elapsed } = value as Record<string, unknown>;
      return typeof key === 'string' && typeof elapsed === 'number' && elapsed >= 0 ? { key, elapsed } : null;
    },
    write(spent) {
      if (spent === null) tabRemove(storageKey);
      else tabSet(storageKey, JSON.stringify(spent));
    },
  };
}

/** What a table needs of a timer: told each deliberation as it stands (null outside one). */
export interface Countdown {
  sync(state: TimerState | null): void;
}

export class DeliberationTimer implements Countdown {
  private key = '';
  private total = 0;
  private elapsed = 0;
  private since: number | null = null;
  private paused = false;
  private done = false;
  private kept = -1;
  private interval: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly onTick: (secondsLeft: number, paused: boolean) => void,
    private readonly onDone: () => void,
    private readonly now: () => number = () => performance.now(),
    private readonly memory: TimerMemory = FORGETFUL,
  ) {}

  /** Runs the countdown for this deliberation; call with null when the phase is not deliberation. */
  sync(state: TimerState | null): void {
    if (state === null) {
      this.forget();
      return;
    }
    if (state.key !== this.key) {
      const spent = this.memory.read();
      this.key = state.key;
      this.elapsed = spent?.key === state.key ? spent.elapsed : 0;
      this.kept = -1;
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

  private get spent(): number {
    const running = this.since === null ? 0 : (this.now() - this.since) / 1000;
    return this.elapsed + running;
  }

  /** Seconds left in the current deliberation. */
  get left(): number {
    return Math.max(0, this.total - this.spent);
  }

  private tick(): void {
    const left = this.left;
    this.onTick(left, this.paused);
    // Written once a second at most: a reload loses less than a second of the count.
    const whole = Math.floor(this.spent);
    if (whole !== this.kept) {
      this.kept = whole;
      this.memory.write({ key: this.key, elapsed: whole });
    }
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

  /** Stops and forgets the time spent: the deliberation is over or the game was left. */
  forget(): void {
    this.stop();
    this.key = '';
    this.memory.write(null);
  }
}
