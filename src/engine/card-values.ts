/**
 * Why a card is rare in the look-ahead bot's plays. The free search bot plays whole games; at each
 * of its turns every open card, and playing nothing, is also scored alone with many rollouts (the
 * bot's own first look, taken more carefully), and compared with the best of them. A card far
 * below the best whenever it is open is not worth playing; a card close to the best but never the
 * best loses to a substitute that is a little better on the same dice every time (the bot compares
 * options on the same luck), and differs from it too little for the state of play to matter.
 */
import { gameSeed } from './balance-jobs';
import { Game, type Rules } from './game';
import { playOut } from './playout';
import { rolloutFor } from './rollout';
import { DEFAULT_SEARCH, optionValues, searchTurn } from './search-bot';
import { chooser } from './simulate';

/** The name the report gives playing nothing. */
export const PASS = '(pass)';

export interface CardValue {
  /** A card id, or PASS. */
  card: string;
  /** The bot's turns at which the card was open. */
  open: number;
  /** Points (0–100 scale) below the turn's best single option, on average over those turns. */
  gap: number;
  /** The share of those turns at which it was the best single option, better than every other. */
  best: number;
}

export interface CardValueSettings {
  length: string;
  games: number;
  seed: number;
  /** Rollouts for each option at each turn. */
  rollouts: number;
}

/** Every card the bot could play in the games, smallest gap first (ties by id). */
export function cardValues(rules: Rules, settings: CardValueSettings): CardValue[] {
  const seat = rules.index.scenario.player;
  const rollout = rolloutFor(rules, settings.length);
  const tally = new Map<string, { open: number; gap: number; best: number }>();
  for (let i = 0; i < settings.games; i++) {
    const seed = gameSeed(settings.seed, i);
    const game = new Game(rules, seed);
    game.send({ type: 'game.start', length: settings.length });
    const pick = chooser(seed);
    playOut(game, (g) => {
      const look = Math.floor(pick() * 0x100000000);
      const options = optionValues(g, seat, DEFAULT_SEARCH, look, rollout, settings.rollouts);
      const top = Math.max(...options.map((o) => o.value));
      // Only an option alone at the top is the best: a tie (a meter at its limit either way) names none.
      const atTop = options.filter((o) => o.value === top);
      const winner = atTop.length === 1 ? atTop[0] : undefined;
      for (const o of options) {
        const id = o.plan[0] ?? PASS;
        const t = tally.get(id) ?? { open: 0, gap: 0, best: 0 };
        t.open++;
        t.gap += top - o.value;
        if (o === winner) t.best++;
        tally.set(id, t);
      }
      searchTurn(g, seat, DEFAULT_SEARCH, look, rollout);
    });
  }
  return [...tally]
    .map(([card, t]) => ({ card, open: t.open, gap: t.gap / t.open, best: t.best / t.open }))
    .sort((a, b) => a.gap - b.gap || (a.card < b.card ? -1 : a.card > b.card ? 1 : 0));
}
