/**
 * The one interface every screen plays through. A game in this tab (`LocalSession`: solo and
 * hot-seat) and a class on the server (`RemoteSession`: every team on its own device) look the
 * same to the screens: read `view()`, `send` an intent, `subscribe` to new views. Nothing else
 * changes a game.
 */
import type { Phase, Refusal } from '../engine/game';
import type { PlayerEvent } from '../engine/game-events';
import type { Save } from '../engine/save';
import type { Scenario } from '../engine/scenario-schema';
import type { GameView, Viewer } from '../engine/views';

export type { GameView, Phase, Refusal, Save, Viewer };

/** What a screen asks of the game: a player's or the facilitator's event, as plain data. */
export type Intent = PlayerEvent;

/**
 * Why an intent never reached the game (a remote class); the screen says so and may send it again.
 * 'unavailable': the server could not store it (its database failed), so it was not applied.
 */
export type NotSent = 'offline' | 'timeout' | 'closed' | 'rate-limited' | 'forbidden' | 'malformed' | 'unavailable';

/**
 * An intent's fate: accepted (for a remote class: stored, then acknowledged), refused by the
 * rules with the reason and the game unchanged, or never delivered. None is lost silently.
 */
export type IntentResult = { ok: true } | { ok: false; refusal: Refusal } | { ok: false; notSent: NotSent };

/** A local game is always 'local'; a remote one says when it is reconnecting, so the screen can too. */
export type Connection = 'local' | 'connecting' | 'open' | 'reconnecting' | 'closed';

export interface Session {
  /** The scenario as this viewer may see it (another role's private information left out). */
  readonly scenario: Scenario;
  /** Who this session shows the game to. */
  readonly viewer: Viewer;
  /** What the viewer sees now. */
  view(): GameView;
  /** Sends an intent; the answer says whether it was accepted, refused (and why) or not sent. */
  send(intent: Intent): Promise<IntentResult>;
  /** Calls `listener` with every new view; returns the way to stop. */
  subscribe(listener: (view: GameView) => void): () => void;
  connection(): Connection;
  /** Calls `listener` whenever the connection changes; returns the way to stop. */
  onConnection(listener: (connection: Connection) => void): () => void;
  /** The whole game as a save (seed and events): the facilitator's; another viewer may be refused. */
  save(): Promise<Save>;
  /** Stops listening (and, for a remote class, leaves the room). */
  close(): void;
}
