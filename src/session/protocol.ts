/**
 * The class protocol: every message between a device and the class server, as zod schemas.
 * The server checks each message from a device against these before anything else; the
 * device checks the server's envelopes the same way. The game itself travels as the engine's
 * own types (events in, views out), so this file adds only the envelopes around them.
 *
 * Device → server (room messages): `intent`, `sync`, `done`, `move`, `remove`, `save`.
 * Server → device: `welcome`, `view`, `result`, `class`, `roster`, `save` (each checked by its schema below).
 * HTTP (JSON): create a class, look a code up, join a team, open the console with the PIN.
 */
import { z } from 'zod';
import { PlayerEventSchema } from '../engine/game-events';
import { SaveSchema } from '../engine/save';
import { Id } from '../engine/scenario-primitives';
import type { GameView } from '../engine/views';

/** The name the class room is registered under. */
export const CLASS_ROOM = 'class';

/** Limits a device must keep to; a message over them is dropped and answered, never applied. */
export const LIMITS = {
  /** The largest message (as JSON text) a device may send: a custom inject with its text fits. */
  messageBytes: 12 * 1024,
  /** The socket's own cap: a frame over it closes that one connection, nobody else's. */
  frameBytes: 32 * 1024,
  /** Messages a device may send per second (a short burst of twice as many is allowed). */
  messagesPerSecond: 20,
} as const;

/** Close codes the server uses when it ends a device's connection on purpose. */
export const CLOSE = {
  /** The teacher removed this device from the class. */
  removed: 4401,
  /** The class is gone (expired or deleted). */
  gone: 4410,
  /** The device flooded the server far past its rate and was cut off (it may join again). */
  flood: 4429,
} as const;

/** The six-character join code: only letters and digits that cannot be mistaken for others. */
export const JOIN_CODE_ALPHABET = 'ACDEFHJKMNPRTUVWXY34679';
export const JoinCode = z
  .string()
  .transform((s) => s.toUpperCase().replace(/[\s-]/g, ''))
  .pipe(z.string().regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`), 'a six-character join code'));

/** A device's secret: what it shows the server instead of a name or an account. */
export const Token = z.string().regex(/^[A-Za-z0-9_-]{32,64}$/, 'a device token');
/** A class's id, which is also its room's id. */
export const ClassId = z.string().regex(/^[A-Za-z0-9_-]{8,40}$/, 'a class id');
/** A request's id, chosen by the device, so an answer finds its question and a resend is not applied twice. */
export const RequestId = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'a request id');

export const ViewerSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('team'), team: Id }),
  z.strictObject({ kind: z.literal('seat'), seat: Id }),
  z.strictObject({ kind: z.literal('projector') }),
  z.strictObject({ kind: z.literal('facilitator') }),
]);

/** What a device holds: the events applied (`version`) and the length of the log it has. */
export const Since = z.strictObject({ version: z.int().min(0), logLength: z.int().min(0) });
export type Since = z.infer<typeof Since>;

/**
 * The options a device joins the class room with: its token and, when it joins again, how far
 * it got and which scenario it holds (the key from its welcome), so neither is sent twice.
 */
export const JoinOptions = z.strictObject({
  classId: ClassId,
  token: Token,
  since: Since.optional(),
  scenarioKey: z.string().max(200).optional(),
});
export type JoinOptions = z.infer<typeof JoinOptions>;

// ── Device → server ──────────────────────────────────────────────────────────────────────

/** An intent for the game. The sender's team and seat come from its token, never from here. */
export const IntentMessage = z.strictObject({ id: RequestId, intent: PlayerEventSchema });
/** "Send me what I have not seen", from the version and log length held: after a gap in the log. */
export const SyncMessage = Since;
/** A team says it is done with the current phase (or takes it back). */
export const DoneMessage = z.strictObject({ id: RequestId, done: z.boolean() });
/** The console moves a device to another team. */
export const MoveMessage = z.strictObject({ id: RequestId, device: Id, team: Id });
/** The console removes a device from the class: its token stops working at once. */
export const RemoveMessage = z.strictObject({ id: RequestId, device: Id });

/** The console asks for the whole game as a save (seed and events), for the exports. */
export const SaveRequest = z.strictObject({ id: RequestId });

/** Every message a device may send, by type. */
export const DEVICE_MESSAGES = {
  intent: IntentMessage,
  sync: SyncMessage,
  done: DoneMessage,
  move: MoveMessage,
  remove: RemoveMessage,
  save: SaveRequest,
} as const;
export type DeviceMessageType = keyof typeof DEVICE_MESSAGES;

// ── Server → device ──────────────────────────────────────────────────────────────────────

const NotSentSchema = z.enum(['offline', 'timeout', 'closed', 'rate-limited', 'forbidden', 'malformed', 'unavailable']);
const RefusalSchema = z.looseObject({ code: z.string() });

/** The answer to a request: accepted (with the version it made), refused by the rules, or not applied. */
export const ResultMessage = z.strictObject({
  id: z.string(),
  result: z.union([
    z.strictObject({ ok: z.literal(true) }),
    z.strictObject({ ok: z.literal(false), refusal: RefusalSchema }),
    z.strictObject({ ok: z.literal(false), notSent: NotSentSchema }),
  ]),
  version: z.int().min(0).optional(),
});
export type ResultMessage = z.infer<typeof ResultMessage>;

const PublicTeam = z.strictObject({ id: Id, name: z.string(), seat: Id, role: Id.optional() });

/** Sent once on every join and again when the teacher moves the device: who it is and its scenario. */
export const WelcomeMessage = z.strictObject({
  classId: ClassId,
  code: z.string(),
  name: z.string(),
  device: Id,
  viewer: ViewerSchema,
  /** Names the scenario as this viewer sees it; a device that holds this key is not sent it again. */
  scenarioKey: z.string(),
  /** The scenario as this viewer may see it (other roles' and seats' briefs left out); absent when the device holds it. */
  scenario: z.looseObject({ id: Id, version: z.string(), seats: z.array(z.looseObject({ id: Id })) }).optional(),
  teams: z.array(PublicTeam),
  /** The server's clock when this was sent, so a device can show the same timer as the others. */
  serverNow: z.number(),
});
export type WelcomeMessage = z.infer<typeof WelcomeMessage>;

/**
 * A new view. The log only grows, except after an undo: `logFrom` says where `log` starts in the
 * full log (0 with the whole log after an undo or for a device that had nothing), and `view`
 * is everything else of the viewer's view.
 */
export const ViewMessage = z.strictObject({
  version: z.int().min(0),
  logFrom: z.int().min(0),
  log: z.array(z.looseObject({ kind: z.string(), round: z.number() })),
  view: z.looseObject({
    viewer: ViewerSchema,
    phase: z.enum(['setup', 'brief', 'deliberate', 'decide', 'resolve', 'ended']),
    round: z.number(),
    rounds: z.number(),
    hand: z.array(z.looseObject({ card: z.string() })),
  }),
  /** When the last event was accepted, and the server's clock when this was sent (ms since 1970). */
  at: z.number(),
  serverNow: z.number(),
  /**
   * In the deliberation: the time left when this was sent, and whether it runs (not while paused).
   * The server keeps this clock and ends the deliberation when it runs out, so every device counts alike.
   */
  clock: z.strictObject({ leftMs: z.number().min(0), running: z.boolean() }).optional(),
});
/** The checked envelope, with the engine's own view type inside. */
export type ViewMessage = Omit<z.infer<typeof ViewMessage>, 'view' | 'log'> & {
  view: Omit<GameView, 'log'>;
  log: GameView['log'];
};

/** What everyone may know about the class beyond the game: which teams are done, which have a device online. */
export const ClassMessage = z.strictObject({ done: z.array(Id), online: z.array(Id) });
export type ClassMessage = z.infer<typeof ClassMessage>;

export const DeviceState = z.enum(['online', 'away', 'offline']);
/** The console's list of devices: a number, who it plays for and whether it is connected. No names. */
export const RosterMessage = z.strictObject({
  devices: z.array(
    z.strictObject({ id: Id, number: z.int(), viewer: ViewerSchema, state: DeviceState, done: z.boolean() }),
  ),
});
export type RosterMessage = z.infer<typeof RosterMessage>;

/** The answer to a console's `save`. */
export const SaveMessage = z.strictObject({ id: z.string(), save: SaveSchema });
export type SaveMessage = z.infer<typeof SaveMessage>;

// ── HTTP ─────────────────────────────────────────────────────────────────────────────────

/** A PIN of 4 to 8 digits, as the class set-up asks. */
export const Pin = z.string().regex(/^\d{4,8}$/, 'a PIN of 4 to 8 digits');

/** POST /api/classes: a bundled scenario by id, or a whole scenario file's content. */
export const CreateClassRequest = z.strictObject({
  scenarioId: Id.optional(),
  scenario: z.unknown().optional(),
  start: z.unknown(),
  pin: Pin,
  name: z.string().trim().max(80).default(''),
});
export const CreateClassResponse = z.strictObject({
  classId: ClassId,
  code: z.string(),
  facilitatorToken: Token,
  projectorToken: Token,
});
export type CreateClassResponse = z.infer<typeof CreateClassResponse>;

/** GET /api/classes/:code: what a device shows before joining (the class and its teams). */
export const ClassLookupResponse = z.strictObject({
  classId: ClassId,
  name: z.string(),
  title: z.string(),
  teams: z.array(PublicTeam),
});
export type ClassLookupResponse = z.infer<typeof ClassLookupResponse>;

/** POST /api/join: the code and the team picked from the teacher's list. */
export const JoinRequest = z.strictObject({ code: JoinCode, team: Id });
export const JoinResponse = z.strictObject({ classId: ClassId, token: Token, device: Id });
export type JoinResponse = z.infer<typeof JoinResponse>;

/** POST /api/console: the code and the facilitator's PIN; 5 wrong tries lock the console for a minute. */
export const ConsoleRequest = z.strictObject({ code: JoinCode, pin: z.string().max(16) });
export const ConsoleResponse = z.strictObject({ classId: ClassId, facilitatorToken: Token, projectorToken: Token });
export type ConsoleResponse = z.infer<typeof ConsoleResponse>;

/** Every refused HTTP request: a code a screen can turn into words, and seconds to wait when locked out. */
export const ErrorResponse = z.strictObject({
  error: z.enum(['malformed', 'not-found', 'wrong-pin', 'locked', 'rate-limited', 'refused', 'forbidden']),
  problems: z.array(z.string()).optional(),
  retryAfter: z.number().optional(),
});
export type ErrorResponse = z.infer<typeof ErrorResponse>;
