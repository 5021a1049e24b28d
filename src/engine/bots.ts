/**
 * Bots that play a seat's cards: `random`, `hawk`, `dove`, `cautious` and the look-ahead
 * `search` (search-bot.ts). A bot only chooses; its choices are ordinary events, so a bot's game
 * saves and replays like a person's. Bots draw from their own generator, never the game's, so
 * watching a bot does not change the dice.
 */
import type { Effect } from './effect-schema';
import type { Game } from './game';
import type { PlayerEvent } from './game-events';
import { rolloutFor } from './rollout';
import type { Card } from './scenario-schema';
import { DEFAULT_SEARCH, searchTurn } from './search-bot';

export const POLICIES = ['random', 'hawk', 'dove', 'cautious', 'search'] as const;
export type Policy = (typeof POLICIES)[number];

/** A source of numbers in [0, 1) for a bot's own choices. */
export type Chooser = () => number;

const risky = (effects: readonly Effect[]): boolean =>
  effects.some((e) => 'chance' in e || ('after' in e && risky(e.effects)));

/** Ranks the playable cards for a policy: the first is played, or none when the list is empty. */
function preferred(policy: Exclude<Policy, 'search'>, cards: Card[], pick: Chooser, playedSoFar: number): Card[] {
  switch (policy) {
    case 'random':
      // Stop with the same odds as playing any one card, so short and full turns both occur.
      return pick() * (cards.length + 1) < 1 ? [] : [cards[Math.floor(pick() * cards.length)] as Card];
    case 'hawk':
      return cards.filter((c) => c.posture >= 1).sort((a, b) => b.posture - a.posture || b.cost - a.cost);
    case 'dove':
      return cards.filter((c) => c.posture <= 0).sort((a, b) => a.posture - b.posture || a.cost - b.cost);
    case 'cautious':
      if (playedSoFar > 0) return [];
      return cards
        .filter((c) => c.posture >= -1 && c.posture <= 1 && !risky(c.effects))
        .sort((a, b) => Math.abs(a.posture) - Math.abs(b.posture) || a.cost - b.cost);
  }
}

/** The card events a bot sends for one seat in the decide phase, sent to the game as it goes. */
export function playTurn(game: Game, seat: string, policy: Policy, pick: Chooser): PlayerEvent[] {
  if (policy === 'search') {
    const rollout = rolloutFor(game.rules, game.context.length);
    return searchTurn(game, seat, DEFAULT_SEARCH, Math.floor(pick() * 0x100000000), rollout).sent;
  }
  const sent: PlayerEvent[] = [];
  for (;;) {
    const choice = preferred(policy, game.playable(seat), pick, sent.length)[0];
    if (!choice) return sent;
    const event: PlayerEvent = { type: 'card.play', seat, card: choice.id };
    if (!game.send(event).ok) return sent;
    sent.push(event);
  }
}
