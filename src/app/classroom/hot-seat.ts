/**
 * Hot-seat play on one screen: in the decide phase the device goes round the teams in the
 * order they were set up, each behind a "pass the device" screen so role briefs stay private.
 * Who holds the device is not game state (the engine does not care who presses the button),
 * so it is kept beside the save and restored with it.
 */

export interface HotSeat {
  /** The round this position belongs to; a new round starts again with the first team. */
  round: number;
  /** The team (by its place in the set-up order) holding the device; past the last = all done. */
  turn: number;
  /** False while the "pass the device" screen covers the team's private panel. */
  open: boolean;
}

/** The position for `round`: the stored one if it is for that round, else the first team, screen closed. */
export function hotSeatFor(round: number, stored?: HotSeat): HotSeat {
  return stored !== undefined && stored.round === round ? stored : { round, turn: 0, open: false };
}

/** The team at the device has seen the pass screen and opens its panel. */
export function openPanel(seat: HotSeat): HotSeat {
  return { ...seat, open: true };
}

/** The team at the device is done; the device passes to the next one. */
export function passOn(seat: HotSeat): HotSeat {
  return { round: seat.round, turn: seat.turn + 1, open: false };
}

/** True when every team has had its turn this round. */
export function everyoneDone(seat: HotSeat, teams: number): boolean {
  return seat.turn >= teams;
}

/** Reads a stored position back, refusing anything that is not one. */
export function readHotSeat(value: unknown): HotSeat | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  const whole = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
  return whole(v.round) && whole(v.turn) && typeof v.open === 'boolean'
    ? { round: v.round, turn: v.turn, open: v.open }
    : undefined;
}
