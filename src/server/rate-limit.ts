/** Two small limits: a token bucket per connection, and a count per address per minute. */

/** Allows `perSecond` on average with bursts of `burst`; `take` says whether one more may pass now. */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    now: number,
  ) {
    this.tokens = burst;
    this.last = now;
  }

  take(now: number): boolean {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** Counts attempts per key (an address) in fixed one-minute windows, forgetting old windows. */
export class PerMinute {
  private window = 0;
  private counts = new Map<string, number>();

  constructor(private readonly limit: number) {}

  /** Counts one attempt; false when the key is over its limit for this minute. */
  take(key: string, now: number): boolean {
    this.turn(now);
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    return count <= this.limit;
  }

  /** True when the key has used up this minute's attempts (counts nothing). */
  over(key: string, now: number): boolean {
    this.turn(now);
    return (this.counts.get(key) ?? 0) >= this.limit;
  }

  private turn(now: number): void {
    const window = Math.floor(now / 60_000);
    if (window === this.window) return;
    this.window = window;
    this.counts.clear();
  }

  /** Seconds until the window turns, for a Retry-After answer. */
  retryAfter(now: number): number {
    return Math.ceil((60_000 - (now % 60_000)) / 1000);
  }
}
