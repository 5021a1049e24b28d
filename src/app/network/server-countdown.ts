/**
 * The table's timer for a class on the network: the server keeps the deliberation's clock (and
 * ends the phase when it runs out), so this only shows its reading, the same on every device.
 */
import type { RemoteSession } from '../../session/remote-session';
import type { Countdown, TimerState } from '../deliberation-timer';

export class ServerCountdown implements Countdown {
  private interval: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly remote: RemoteSession,
    private readonly onTick: (secondsLeft: number, paused: boolean) => void,
  ) {}

  sync(state: TimerState | null): void {
    if (state === null) {
      this.stop();
      return;
    }
    this.tick();
    this.interval ??= setInterval(() => this.tick(), 250);
  }

  private tick(): void {
    const left = this.remote.deliberationLeft();
    if (left) this.onTick(left.seconds, left.paused);
  }

  stop(): void {
    if (this.interval !== null) clearInterval(this.interval);
    this.interval = null;
  }
}
