/**
 * The seats this browser holds in classes on the server: for each class, the device's token
 * and what it is (a team, the projector, the console). Kept in the tab's storage, so a reload
 * returns the tab to its own seat even when two tabs of one browser play for different teams,
 * and in the browser's storage, so a tab closed by mistake can come back too.
 */

/** One class as this device holds it. */
export interface HeldSeat {
  classId: string;
  code: string;
  token: string;
  kind: 'team' | 'projector' | 'facilitator';
  /** The console's PIN (the console only), so the console on this device asks for it as the class set-up chose. */
  pin?: string;
  /** The projector's token (the console only), for the address that opens the projector view. */
  projectorToken?: string;
}

const KEY = 'red-lines.seat.';

function stores(): Storage[] {
  const out: Storage[] = [];
  for (const pick of [() => globalThis.sessionStorage, () => globalThis.localStorage]) {
    try {
      const s = pick();
      if (s) out.push(s);
    } catch {
      // Storage refused (a private mode): a reload then asks for the code again.
    }
  }
  return out;
}

function read(value: string | null, classId: string): HeldSeat | undefined {
  if (value === null) return undefined;
  try {
    const v = JSON.parse(value) as Partial<HeldSeat>;
    const kinds = ['team', 'projector', 'facilitator'];
    if (v.classId !== classId || typeof v.token !== 'string' || typeof v.code !== 'string') return undefined;
    return kinds.includes(String(v.kind)) ? (v as HeldSeat) : undefined;
  } catch {
    return undefined;
  }
}

/** The seat held in `classId`: this tab's first, else the browser's. */
export function heldSeat(classId: string): HeldSeat | undefined {
  for (const s of stores()) {
    try {
      const found = read(s.getItem(KEY + classId), classId);
      if (found) return found;
    } catch {
      // Unreadable here; try the next.
    }
  }
  return undefined;
}

export function holdSeat(seat: HeldSeat): void {
  for (const s of stores()) {
    try {
      s.setItem(KEY + seat.classId, JSON.stringify(seat));
    } catch {
      // Full or refused: only a reload loses the seat.
    }
  }
}

/** Forgets the seat (the device was removed, or the class is gone). */
export function dropSeat(classId: string): void {
  for (const s of stores()) {
    try {
      s.removeItem(KEY + classId);
    } catch {
      // Nothing kept.
    }
  }
}
