/**
 * Who may send what. The sender's place comes from its token (the device record), never from
 * the message: the console may send any event; a team device may play its own seat's cards,
 * in its own team's name; the projector only watches.
 */
import type { PlayerEvent } from '../engine/game-events';
import type { Viewer } from '../engine/views';

/** A device as the room knows it. */
export interface Sender {
  viewer: Viewer;
  /** The seat of the sender's team, when it is a team device. */
  seat?: string;
}

/** The intent as the game will receive it (a team's name filled in), or undefined when the sender may not send it. */
export function permitted(sender: Sender, intent: PlayerEvent): PlayerEvent | undefined {
  const viewer = sender.viewer;
  if (viewer.kind === 'facilitator') return intent;
  if (viewer.kind !== 'team' || intent.type !== 'card.play') return undefined;
  if (intent.seat !== sender.seat) return undefined;
  if (intent.team !== undefined && intent.team !== viewer.team) return undefined;
  return { ...intent, team: viewer.team };
}
