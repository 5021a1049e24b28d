/**
 * The class server's HTTP side as a device calls it: is there a server at all, create a class,
 * look a join code up, join a team, open the console with the PIN. Every answer is checked
 * against the protocol's schemas; a refusal comes back as its error code, never as a throw.
 */
import type { z } from 'zod';
import type { StartEvent } from '../engine/game-events';
import { ClassLookupResponse, ConsoleResponse, CreateClassResponse, ErrorResponse, JoinResponse } from './protocol';

/** A refused or failed request: the server's code, or 'offline' when no answer came. */
export type ApiError = ErrorResponse['error'] | 'offline';
export type ApiAnswer<T> = { ok: true; value: T } | { ok: false; error: ApiError; retryAfter?: number };

async function call<S extends z.ZodType>(
  endpoint: string,
  path: string,
  schema: S,
  body?: unknown,
): Promise<ApiAnswer<z.infer<S>>> {
  let res: Response;
  try {
    res = await fetch(`${endpoint}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    return { ok: false, error: 'offline' };
  }
  const json: unknown = await res.json().catch(() => undefined);
  if (res.ok) {
    const parsed = schema.safeParse(json);
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: 'malformed' };
  }
  const error = ErrorResponse.safeParse(json);
  if (!error.success) return { ok: false, error: 'refused' };
  return error.data.retryAfter === undefined
    ? { ok: false, error: error.data.error }
    : { ok: false, error: error.data.error, retryAfter: error.data.retryAfter };
}

/** What the teacher's set-up sends to create a class: a bundled scenario by id, or a file's whole scenario. */
export interface NewClassRequest {
  scenarioId?: string;
  scenario?: unknown;
  start: StartEvent;
  pin: string;
  name: string;
}

export function createClass(endpoint: string, request: NewClassRequest) {
  return call(endpoint, '/api/classes', CreateClassResponse, request);
}

export function lookUpClass(endpoint: string, code: string) {
  return call(endpoint, `/api/classes/${encodeURIComponent(code)}`, ClassLookupResponse);
}

export function joinClass(endpoint: string, code: string, team: string) {
  return call(endpoint, '/api/join', JoinResponse, { code, team });
}

export function openConsole(endpoint: string, code: string, pin: string) {
  return call(endpoint, '/api/console', ConsoleResponse, { code, pin });
}
