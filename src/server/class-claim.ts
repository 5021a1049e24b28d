/**
 * One room per class across every process: a room claims its class in the shared presence
 * (Redis when several processes run) before it loads, and renews the claim while it lives. A
 * process that dies stops renewing, so its claims lapse within seconds and another may restore.
 */
import { matchMaker } from '@colyseus/core';

const CLAIM_SECONDS = 6;
const key = (classId: string) => `red-lines:class:${classId}`;

/** True when this process may open the class (nobody else holds it). */
export async function claimClass(classId: string): Promise<boolean> {
  return (await matchMaker.presence.hincrbyex(key(classId), 'claims', 1, CLAIM_SECONDS)) === 1;
}

/** Keeps the claim alive; called by the room more often than the claim lasts. */
export async function renewClass(classId: string): Promise<void> {
  await matchMaker.presence.hincrbyex(key(classId), 'claims', 0, CLAIM_SECONDS);
}

export async function releaseClass(classId: string): Promise<void> {
  await matchMaker.presence.hdel(key(classId), 'claims');
}

/** How often a room renews its claim. */
export const RENEW_MS = (CLAIM_SECONDS * 1000) / 3;
