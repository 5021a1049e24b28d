/**
 * This tab's session storage: what a reload finds and a new tab or visit does not. Read and
 * written without ever throwing — private modes and sandboxed pages refuse storage, and a full
 * one refuses writes — so a failure only costs what a reload would have brought back.
 */

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

export function tabGet(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function tabSet(key: string, value: string): void {
  try {
    storage()?.setItem(key, value);
  } catch {
    // Full or forbidden: the reload simply finds nothing.
  }
}

export function tabRemove(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing kept, nothing to remove.
  }
}
