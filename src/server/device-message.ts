/**
 * The first checks on every message a device sends, before its sender's place or the game are
 * asked: its rate (a token bucket per connection), its size and its shape (the protocol's zod
 * schemas). A message that fails is dropped and, when it carries a request id, answered.
 */
import { DEVICE_MESSAGES, type DeviceMessageType, LIMITS, RequestId } from '../session/protocol';
import type { NotSent } from '../session/session';
import { TokenBucket } from './rate-limit';

/** What the room keeps about one connection. */
export interface Seat {
  device: string;
  bucket: TokenBucket;
  /** What this connection holds: the version and log length last sent to it. */
  sent: { version: number; logLength: number } | undefined;
  /** Messages dropped for the rate; past a limit the connection is closed. */
  dropped: number;
  /** When a dropped message was last logged for this connection. */
  lastLog: number;
}

export function newSeat(device: string, sent: Seat['sent'], now: number): Seat {
  return {
    device,
    bucket: new TokenBucket(LIMITS.messagesPerSecond, LIMITS.messagesPerSecond * 2, now),
    sent,
    dropped: 0,
    lastLog: 0,
  };
}

export type Checked =
  | { ok: true; type: DeviceMessageType; data: unknown }
  | { ok: false; why: string; notSent: NotSent; id: string | undefined };

/** Checks one message; counts a message over the rate against the connection. */
export function checkMessage(seat: Seat, type: string, message: unknown, now: number): Checked {
  const id = requestIdOf(message);
  if (!seat.bucket.take(now)) {
    seat.dropped += 1;
    return { ok: false, why: 'over the rate limit', notSent: 'rate-limited', id };
  }
  if (sizeOf(message) > LIMITS.messageBytes) return { ok: false, why: 'too large', notSent: 'malformed', id };
  const schema = DEVICE_MESSAGES[type as DeviceMessageType];
  const parsed = schema?.safeParse(message);
  if (!parsed?.success) return { ok: false, why: schema ? 'malformed' : 'unknown type', notSent: 'malformed', id };
  return { ok: true, type: type as DeviceMessageType, data: parsed.data };
}

/** True once a connection has flooded far past its rate: it is then closed (it may join again). */
export const flooding = (seat: Seat): boolean => seat.dropped > LIMITS.messagesPerSecond * 5;

/** True when a dropped message should be logged: at most once a second per connection, so a flood cannot flood the log. */
export function worthLogging(seat: Seat, now: number): boolean {
  if (now - seat.lastLog < 1000) return false;
  seat.lastLog = now;
  return true;
}

function requestIdOf(message: unknown): string | undefined {
  const id = typeof message === 'object' && message !== null ? (message as { id?: unknown }).id : undefined;
  return RequestId.safeParse(id).success ? (id as string) : undefined;
}

function sizeOf(message: unknown): number {
  try {
    return JSON.stringify(message)?.length ?? 0;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}
