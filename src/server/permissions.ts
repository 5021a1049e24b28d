/**
 * Who may send what. The sender's place comes from its token (the device record), never from
 * the message: the console may send any event; a team device may play or propose its own seat's
 * cards, withdraw its proposals, decide as the chair and cast its vote, always in its own team's name; the projector only watches.
 */
import type { PlayerEvent } from '../engine/game-events';
import type { Viewer } from '../engine/views';

/** A device as the room knows it. */
export interface Sender {
  viewer: Viewer;
  /** The seat of the sender's team, when it is a team device. */
  seat?: string;
}

/** The intents a team device may send, always in its own team's name (the engine checks the rest: the chair, the voter). */
const TEAM_INTENTS: ReadonlySet<string> = new Set([
  'card.play',
  'card.propose',
  'card.withdraw',
  'council.decide',
  'vote.cast',
]);

/** The intent as the game will receive it (a team's name filled in), or undefined when the sender may not send it. */
export function permitted(sender: Sender, intent: PlayerEvent): PlayerEvent | undefined {
  const viewer = sender.viewer;
  if (viewer.kind === 'facilitator') return intent;
  if (viewer.kind !== 'team' || !TEAM_INTENTS.has(intent.type)) return undefined;
  if ('seat' in intent && intent.seat !== sender.seat) return undefined;
  if ('team' in intent && intent.team !== undefined && intent.team !== viewer.team) return undefined;
  return { ...intent, team: viewer.team } as PlayerEvent;
}
