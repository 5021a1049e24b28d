/**
 * How far up the player seat's ladder a game or a card goes: the restraint cap (the first rung of
 * the ladder's second tier), whether a card may take the ladder above it, whether a game ever
 * stood above it. Read from the scenario's data, so it works for any scenario.
 */
import { cardBlocker } from './cards';
import type { Effect } from './effect-schema';
import type { GameContext } from './game-context';
import type { ScenarioIndex } from './scenario-index';
import type { Card, Condition } from './scenario-schema';

/** The player seat's ladder: the one it owns, else the first. */
export function playerLadder(index: ScenarioIndex): string {
  const s = index.scenario;
  return index.ladderOf[s.player] ?? s.ladders[0]?.id ?? '';
}

/** The position (lowest 0) of a ladder's rung in a context. */
export function rungOf(index: ScenarioIndex, ctx: GameContext, ladder: string): number {
  return index.rungOrder[ladder]?.[ctx.rungs[ladder] ?? ''] ?? 0;
}

/**
 * The restraint cap: the position of the lowest rung of the player ladder's second tier (for
 * Seoul, the first defensive rung); the top rung when the ladder has a single tier.
 */
export function restraintCap(index: ScenarioIndex): number {
  const ladder = index.ladders[playerLadder(index)];
  if (!ladder) return 0;
  const second = ladder.tiers[1]?.id;
  const at = ladder.rungs.findIndex((r) => r.tier === second);
  return at >= 0 ? at : ladder.rungs.length - 1;
}

/**
 * The round in which the player ladder first stood above `cap` (0 when it started there), or
 * undefined when it never did. `byCard` counts only moves made by the player seat's own cards.
 */
export function firstRoundAbove(
  index: ScenarioIndex,
  ctx: GameContext,
  cap: number,
  byCard = false,
): number | undefined {
  const ladder = playerLadder(index);
  const order = index.rungOrder[ladder] ?? {};
  const ladderData = index.ladders[ladder];
  if (!byCard && (order[ladderData?.start ?? ''] ?? 0) > cap) return 0;
  const seat = index.scenario.player;
  for (const e of ctx.log)
    if (e.kind === 'rung' && e.ladder === ladder && (order[e.to] ?? 0) > cap)
      if (!byCard || (e.cause.kind === 'card' && e.cause.seat === seat)) return e.round;
  return undefined;
}

/** The highest rung (its id) the player ladder stood on at any point of the game. */
export function highestRung(index: ScenarioIndex, ctx: GameContext): string {
  const ladder = playerLadder(index);
  const order = index.rungOrder[ladder] ?? {};
  let top = index.ladders[ladder]?.start ?? '';
  for (const e of ctx.log)
    if (e.kind === 'rung' && e.ladder === ladder && (order[e.to] ?? 0) > (order[top] ?? 0)) top = e.to;
  return top;
}

/** True when the player ladder stood above `cap` at some point of the game. */
export function wentAbove(index: ScenarioIndex, ctx: GameContext, cap: number): boolean {
  return firstRoundAbove(index, ctx, cap) !== undefined;
}

/** The highest position a move of the player ladder could reach from `from`. */
function reach(index: ScenarioIndex, ladder: string, move: { ladder: string; to?: string; by?: 1 | -1 }, from: number) {
  if (move.ladder !== ladder) return from;
  return move.to !== undefined ? (index.rungOrder[ladder]?.[move.to] ?? from) : from + (move.by ?? 0);
}

function effectsReach(index: ScenarioIndex, ladder: string, effects: readonly Effect[], from: number): number {
  let top = from;
  for (const e of effects) {
    if ('move' in e) top = Math.max(top, reach(index, ladder, e.move, top));
    else if ('chance' in e)
      top = Math.max(effectsReach(index, ladder, e.success, top), effectsReach(index, ladder, e.failure ?? [], top));
    else if ('after' in e) top = Math.max(top, effectsReach(index, ladder, e.effects, top));
  }
  return top;
}

/** True when playing `card` now may take the player ladder above `cap`, by its move or by any of its effects. */
export function mayGoAbove(index: ScenarioIndex, ctx: GameContext, card: Card, cap: number): boolean {
  const ladder = playerLadder(index);
  const now = rungOf(index, ctx, ladder);
  const moved = card.move ? Math.max(now, reach(index, ladder, card.move, now)) : now;
  return effectsReach(index, ladder, card.effects, moved) > cap;
}

/** True when `seat` may play `card` now and its move takes the player ladder up. */
function climbsNow(index: ScenarioIndex, ctx: GameContext, card: Card, seat: string): boolean {
  const ladder = playerLadder(index);
  if (card.move?.ladder !== ladder) return false;
  const now = rungOf(index, ctx, ladder);
  return reach(index, ladder, card.move, now) > now && cardBlocker(index, ctx, { seat, card: card.id }) === null;
}

/** The flags a condition needs set (named positively, outside any "not"). */
function flagsNeeded(c: Condition | undefined): string[] {
  if (c === undefined || typeof c === 'boolean') return [];
  if ('all' in c) return c.all.flatMap(flagsNeeded);
  if ('any' in c) return c.any.flatMap(flagsNeeded);
  if ('flag' in c) return c.is === false ? [] : [c.flag];
  return [];
}

const setsFlag = (card: Card, flag: string) =>
  card.effects.some((e) => 'flag' in e && e.flag === flag && e.value !== false);

/** The cheapest card `seat` may play now that sets a flag the next step up the ladder waits for. */
export function unlockingCard(index: ScenarioIndex, ctx: GameContext, seat: string): Card | undefined {
  const ladder = playerLadder(index);
  const order = index.rungOrder[ladder] ?? {};
  const now = rungOf(index, ctx, ladder);
  const step = index.steps[ladder]?.[ctx.rungs[ladder] ?? '']?.find((s) => (order[s.to] ?? 0) === now + 1);
  const missing = flagsNeeded(step?.unlock).filter((f) => ctx.flags[f] !== true);
  const open = (index.cardsOf[seat] ?? []).filter(
    (card) => missing.some((f) => setsFlag(card, f)) && cardBlocker(index, ctx, { seat, card: card.id }) === null,
  );
  return open.sort((a, b) => a.cost - b.cost)[0];
}

/** The cheapest card `seat` may play now that takes the player ladder up. */
export function climbingCard(index: ScenarioIndex, ctx: GameContext, seat: string): Card | undefined {
  let best: Card | undefined;
  for (const card of index.cardsOf[seat] ?? [])
    if ((best === undefined || card.cost < best.cost) && climbsNow(index, ctx, card, seat)) best = card;
  return best;
}
