/** The server's deliberation clock, alone: a new deliberation, pauses, extensions and the end of the phase. */
import { describe, expect, it } from 'vitest';
import { DeliberationClock } from '../../src/server/deliberation-clock';

const at = (phase: string, round: number, paused = false, seconds = 60) => ({ phase, round, paused, seconds });

describe('the deliberation clock', () => {
  it('reads nothing outside deliberation, and starts full when a deliberation begins', () => {
    const clock = new DeliberationClock();
    clock.follow(at('brief', 1), 1000);
    expect(clock.read(5000)).toBeUndefined();
    clock.follow(at('deliberate', 1), 10_000);
    expect(clock.read(10_000)).toEqual({ leftMs: 60_000, running: true });
    expect(clock.read(25_000)).toEqual({ leftMs: 45_000, running: true });
    expect(clock.read(99_000)).toEqual({ leftMs: 0, running: true });
  });

  it('stands still while paused and counts on after a resume; an extension adds its seconds', () => {
    const clock = new DeliberationClock();
    clock.follow(at('deliberate', 2), 0);
    clock.follow(at('deliberate', 2, true), 20_000);
    expect(clock.read(50_000)).toEqual({ leftMs: 40_000, running: false });
    clock.follow(at('deliberate', 2, false), 50_000);
    expect(clock.read(60_000)).toEqual({ leftMs: 30_000, running: true });
    clock.follow(at('deliberate', 2, false, 90), 60_000);
    expect(clock.read(60_000)).toEqual({ leftMs: 60_000, running: true });
  });

  it('starts again for the next round, and a deliberation that begins paused waits for the resume', () => {
    const clock = new DeliberationClock();
    clock.follow(at('deliberate', 1), 0);
    clock.follow(at('decide', 1), 30_000);
    expect(clock.read(30_000)).toBeUndefined();
    clock.follow(at('deliberate', 2, true), 40_000);
    expect(clock.read(90_000)).toEqual({ leftMs: 60_000, running: false });
    clock.follow(at('deliberate', 2), 90_000);
    expect(clock.read(100_000)).toEqual({ leftMs: 50_000, running: true });
  });
});
