/**
 * A seeded pseudo-random generator (mulberry32) whose whole state is one 32-bit integer,
 * so it lives in the machine's context and a game is a pure function of its seed.
 */

/** Turns any integer seed into a generator state. */
export function seedState(seed: number): number {
  return (Math.trunc(seed) ^ 0x9e3779b9) >>> 0;
}

/** The next number in [0, 1) and the state after it. */
export function nextRandom(state: number): [value: number, next: number] {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return [((t ^ (t >>> 14)) >>> 0) / 4294967296, next];
}
