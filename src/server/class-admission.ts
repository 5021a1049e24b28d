/**
 * How a class begins and how devices get in: the teacher creates a class (scenario, teams,
 * PIN) and receives the console's and the projector's tokens; a device with the join code
 * picks a team and receives a team token; the console on another device is opened with the
 * code and the PIN. Every answer is a plain result, turned into HTTP by http-api.ts.
 */
import { Game } from '../engine/game';
import { PlayerEventSchema } from '../engine/game-events';
import type {
  ClassLookupResponse,
  ConsoleResponse,
  CreateClassResponse,
  ErrorResponse,
  JoinResponse,
} from '../session/protocol';
import { rulesByKey, rulesOf } from './scenarios';
import { hashPin, hashToken, newId, newJoinCode, newSeed, newToken, pinMatches } from './secrets';
import type { ServerContext } from './server-context';
import { type ClassRecord, CodeTaken, type DeviceKind, type DeviceRecord } from './store/class-store';

export type Answer<T> = { ok: true; value: T } | { ok: false; status: number; error: ErrorResponse };

const fail = (status: number, error: ErrorResponse): Answer<never> => ({ ok: false, status, error });
const NOT_FOUND = fail(404, { error: 'not-found' });

/** A class to create: the scenario's text (bundled or from a file), the start event as sent, the PIN. */
export interface NewClass {
  scenarioText: string;
  start: unknown;
  pin: string;
  name: string;
}

/** The most wrong PINs in a row before the console locks (for `pinLockMs`, a minute unless set). */
const PIN_TRIES = 5;

function device(classId: string, kind: DeviceKind, team: string | null, number: number) {
  const token = newToken();
  const record: DeviceRecord = {
    id: newId(),
    classId,
    tokenHash: hashToken(token),
    kind,
    team,
    number,
    createdAt: Date.now(),
  };
  return { token, record };
}

/** Creates a class: checks the scenario and the start with the engine, then stores it with its first event. */
export async function createClass(ctx: ServerContext, request: NewClass): Promise<Answer<CreateClassResponse>> {
  const rules = rulesOf(request.scenarioText);
  if (!rules.ok) return fail(400, { error: 'malformed', problems: rules.problems });
  const start = PlayerEventSchema.safeParse(request.start);
  if (!start.success || start.data.type !== 'game.start')
    return fail(400, { error: 'malformed', problems: ['start: a game.start event'] });
  const seed = newSeed();
  const started = new Game(rules.rules, seed).send(start.data);
  if (!started.ok) return fail(400, { error: 'refused', problems: [JSON.stringify(started.refusal)] });
  const now = Date.now();
  const id = newId();
  const facilitator = device(id, 'facilitator', null, 1);
  const projector = device(id, 'projector', null, 2);
  const pinHash = await hashPin(request.pin);
  const first = { seq: 1, event: start.data, requestId: null, device: null, at: now };
  for (let attempt = 0; attempt < 20; attempt++) {
    const record: ClassRecord = {
      id,
      code: newJoinCode(),
      name: request.name,
      scenarioKey: rules.key,
      seed,
      pinHash,
      createdAt: now,
      touchedAt: now,
      ended: false,
    };
    try {
      await ctx.store.createClass(record, request.scenarioText, first, [facilitator.record, projector.record]);
    } catch (error) {
      if (error instanceof CodeTaken) continue;
      throw error;
    }
    ctx.log(`class ${id} created (code ${record.code})`);
    return {
      ok: true,
      value: { classId: id, code: record.code, facilitatorToken: facilitator.token, projectorToken: projector.token },
    };
  }
  throw new Error('no free join code after 20 draws');
}

/** The teams of a class, from its first event (the start). */
async function teamsOf(ctx: ServerContext, classId: string) {
  const [first] = await ctx.store.events(classId);
  return first?.event.type === 'game.start' ? (first.event.teams ?? []) : [];
}

/** What a device shows before it joins: the class's name, scenario title and teams. */
export async function lookUp(ctx: ServerContext, code: string): Promise<Answer<ClassLookupResponse>> {
  const record = await ctx.store.findClassByCode(code);
  if (!record) return NOT_FOUND;
  const title = (await rulesByKey(ctx.store, record.scenarioKey)).index.scenario.title;
  return { ok: true, value: { classId: record.id, name: record.name, title, teams: await teamsOf(ctx, record.id) } };
}

const nextNumber = async (ctx: ServerContext, classId: string) =>
  Math.max(0, ...(await ctx.store.devices(classId)).map((d) => d.number)) + 1;

/** A device joins a team of the class whose code it typed: it gets a team token, and nothing more. */
export async function join(ctx: ServerContext, code: string, team: string): Promise<Answer<JoinResponse>> {
  const record = await ctx.store.findClassByCode(code);
  if (!record) return NOT_FOUND;
  if (!(await teamsOf(ctx, record.id)).some((t) => t.id === team))
    return fail(400, { error: 'malformed', problems: [`team: one of the class's teams, not "${team}"`] });
  const made = device(record.id, 'team', team, await nextNumber(ctx, record.id));
  await ctx.store.addDevice(made.record);
  return { ok: true, value: { classId: record.id, token: made.token, device: made.record.id } };
}

/** Opens the console on another device with the code and the PIN; five wrong tries lock it for a minute. */
export async function openConsole(ctx: ServerContext, code: string, pin: string): Promise<Answer<ConsoleResponse>> {
  const record = await ctx.store.findClassByCode(code);
  if (!record) return NOT_FOUND;
  const now = Date.now();
  const state = await ctx.store.pinState(record.id);
  if (state.lockedUntil > now)
    return fail(423, { error: 'locked', retryAfter: Math.ceil((state.lockedUntil - now) / 1000) });
  if (!(await pinMatches(pin, record.pinHash))) {
    const lockMs = ctx.config.pinLockMs;
    const after = await ctx.store.pinFailed(record.id, now, PIN_TRIES, lockMs);
    ctx.log(`class ${record.id}: wrong PIN`);
    return after.lockedUntil > now
      ? fail(423, { error: 'locked', retryAfter: Math.ceil(lockMs / 1000) })
      : fail(401, { error: 'wrong-pin' });
  }
  await ctx.store.pinSucceeded(record.id);
  const number = await nextNumber(ctx, record.id);
  const facilitator = device(record.id, 'facilitator', null, number);
  const projector = device(record.id, 'projector', null, number + 1);
  await ctx.store.addDevice(facilitator.record);
  await ctx.store.addDevice(projector.record);
  return {
    ok: true,
    value: { classId: record.id, facilitatorToken: facilitator.token, projectorToken: projector.token },
  };
}
