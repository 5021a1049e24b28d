/**
 * The lockout after wrong PINs for one class, kept in the browser's storage so that a reload does
 * not reset it; the class on one laptop and the teacher's device of a class on the network share it.
 */
import type { PinLock } from '../../ui/classroom/pin-prompt';
import { afterRight, afterWrong, lockedFor, PIN_TRIES, type PinLockState, readPinLock } from '../../view/pin-lock';

/** The lockout of this session's PIN, kept in the browser's storage so a reload does not reset it. */
export function storedPinLock(id: string): PinLock {
  const key = `red-lines.pin-lock.${id}`;
  // Without storage (private browsing) the lock still holds for this page's life.
  let memory = afterRight();
  const read = () => {
    const stored = safely(() => localStorage.getItem(key));
    return stored === undefined ? memory : readPinLock(stored);
  };
  const write = (state: PinLockState) => {
    memory = state;
    safely(() => localStorage.setItem(key, JSON.stringify(state)));
  };
  return {
    left: () => lockedFor(read(), Date.now()),
    wrong: () => write(afterWrong(read(), Date.now())),
    right: () => write(afterRight()),
    triesLeft: () => PIN_TRIES - (read().wrong % PIN_TRIES),
  };
}

/** Runs a storage call that private modes and full disks may refuse. */
function safely<T>(call: () => T): T | undefined {
  try {
    return call();
  } catch {
    return undefined;
  }
}
