import { describe, expect, it } from 'vitest';
import { afterRight, afterWrong, lockedFor, PIN_TRIES, readPinLock } from '../../src/view/pin-lock';

describe('the PIN lockout', () => {
  it('locks for a minute after five wrong PINs, twice as long after the next five, and opens on time', () => {
    let state = afterRight();
    for (let i = 1; i < PIN_TRIES; i++) state = afterWrong(state, 1000);
    expect(lockedFor(state, 1000)).toBe(0);
    state = afterWrong(state, 1000);
    expect(lockedFor(state, 1000)).toBe(60_000);
    expect(lockedFor(state, 61_000)).toBe(0);
    for (let i = 0; i < PIN_TRIES; i++) state = afterWrong(state, 70_000);
    expect(lockedFor(state, 70_000)).toBe(120_000);
    expect(afterRight()).toEqual({ wrong: 0, until: 0 });
  });

  it('never locks longer than a quarter of an hour, and reads a damaged record as open', () => {
    let state = afterRight();
    for (let i = 0; i < PIN_TRIES * 12; i++) state = afterWrong(state, 0);
    expect(lockedFor(state, 0)).toBe(15 * 60_000);
    expect(readPinLock('{oops')).toEqual({ wrong: 0, until: 0 });
    expect(readPinLock(JSON.stringify(state))).toEqual(state);
  });
});
