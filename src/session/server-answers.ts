/**
 * Whether a class server is there, asked by every page at its start: kept apart from the class
 * API's messages (class-api.ts, protocol.ts) and their schemas, which load with a class.
 */

/**
 * True when a class server answers at `endpoint` (the page was served by `npm start`, not as a
 * static build). A browser that knows it is offline is not asked: no device could reach the class.
 */
export async function serverAnswers(endpoint: string): Promise<boolean> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return false;
  try {
    const res = await fetch(`${endpoint}/api/health`);
    const body = (await res.json()) as { ok?: unknown };
    return res.ok && body.ok === true;
  } catch {
    return false;
  }
}
