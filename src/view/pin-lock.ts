/**
 * The lockout in front of the facilitator's PIN: after five wrong PINs in a row the prompt
 * refuses every PIN for a minute, then for twice as long after each further five, up to a
 * quarter of an hour. Kept in the browser's storage per session, so a reload does not reset it.
 * Time is passed in, so the rule is tested without a clock.
 */

/** Wrong PINs allowed before the prompt locks. */
export const PIN_TRIES = 5;
const FIRST_LOCK_MS = 60_000;
const LONGEST_LOCK_MS = 15 * 60_000;

export interface PinLockState {
  /** Wrong PINs since the last right one. */
  wrong: number;
  /** When the prompt opens again (ms since the epoch); 0 when it is open. */
  until: number;
}

const OPEN: PinLockState = { wrong: 0, until: 0 };

/** How long the prompt stays locked, in ms (0: it is open). */
export function lockedFor(state: PinLockState, now: number): number {
  return Math.max(0, state.until - now);
}

/** After a wrong PIN: every fifth one locks the prompt, each lock twice as long as the one before. */
export function afterWrong(state: PinLockState, now: number): PinLockState {
  const wrong = state.wrong + 1;
  if (wrong % PIN_TRIES !== 0) return { wrong, until: state.until };
  const locks = wrong / PIN_TRIES;
  return { wrong, until: now + Math.min(LONGEST_LOCK_MS, FIRST_LOCK_MS * 2 ** (locks - 1)) };
}

/** A right PIN opens the console and forgets the wrong ones. */
export function afterRight(): PinLockState {
  return OPEN;
}

/** Reads a stored state; anything unreadable counts as open. */
export function readPinLock(text: string | null): PinLockState {
  try {
    const value = JSON.parse(text ?? 'null') as Partial<PinLockState> | null;
    const wrong = Number(value?.wrong ?? 0);
    const until = Number(value?.until ?? 0);
    return Number.isFinite(wrong) && Number.isFinite(until) ? { wrong, until } : OPEN;
  } catch {
    return OPEN;
  }
}
