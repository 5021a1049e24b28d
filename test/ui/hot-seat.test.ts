import { describe, expect, it } from 'vitest';
import { everyoneDone, hotSeatFor, openPanel, passOn, readHotSeat } from '../../src/app/classroom/hot-seat';

describe('hot-seat', () => {
  it('goes round the teams in order, each behind the pass screen', () => {
    let seat = hotSeatFor(1);
    expect(seat).toEqual({ round: 1, turn: 0, open: false });
    seat = openPanel(seat);
    expect(seat.open).toBe(true);
    seat = passOn(seat);
    expect(seat).toEqual({ round: 1, turn: 1, open: false });
    seat = passOn(openPanel(passOn(openPanel(seat))));
    expect(everyoneDone(seat, 3)).toBe(true);
    expect(everyoneDone({ round: 1, turn: 2, open: true }, 3)).toBe(false);
  });

  it('keeps a stored position for its round and starts again in a new round', () => {
    const stored = { round: 2, turn: 1, open: true };
    expect(hotSeatFor(2, stored)).toBe(stored);
    expect(hotSeatFor(3, stored)).toEqual({ round: 3, turn: 0, open: false });
  });

  it('reads back only a whole position', () => {
    expect(readHotSeat({ round: 2, turn: 1, open: false })).toEqual({ round: 2, turn: 1, open: false });
    for (const bad of [
      null,
      'x',
      { round: 1, turn: -1, open: false },
      { round: 1.5, turn: 0, open: true },
      { round: 1, turn: 0 },
    ])
      expect(readHotSeat(bad)).toBeUndefined();
  });
});
