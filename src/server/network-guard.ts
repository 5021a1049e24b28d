/**
 * The edge of the server: which address a request comes from, and whether a web page on
 * another origin may talk to it. A browser always names the page's origin on a socket and on
 * a cross-site request; a page of another site is refused, so no site a student visits can
 * act in a class with that student's tokens. Tools without a browser send no origin.
 */
import type { IncomingMessage } from 'node:http';

/** The device's address: the socket's, or X-Forwarded-For's first hop when a trusted proxy sits in front. */
export function addressOf(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers['x-forwarded-for'];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
    if (first) return first;
  }
  return req.socket.remoteAddress ?? '';
}

/** True when the request's Origin (if any) is the server's own or one the host allowed. */
export function originAllowed(req: IncomingMessage, allowed: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

/**
 * Rewrites the address headers before anything reads them, so Colyseus (which reads
 * X-Forwarded-For) sees the real address and a device cannot name its own.
 */
export function pinAddress(req: IncomingMessage, trustProxy: boolean): void {
  const address = addressOf(req, trustProxy);
  req.headers['x-forwarded-for'] = address;
  delete req.headers['x-real-ip'];
  delete req.headers['x-client-ip'];
}
