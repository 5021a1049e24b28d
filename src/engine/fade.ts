/**
 * Diminishing returns: a card with `fade` does less each time it is played again. Each earlier
 * play multiplies the card's meter `add` effects (those inside its chances and delayed effects
 * too) by `fade`; the result is rounded to the nearest whole number, halves away from zero, and
 * never falls below 1 in size, so a card that did something still does a little.
 */
import type { Effect } from './effect-schema';
import type { Card } from './scenario-schema';

/** The effects a card has on its play after `earlier` plays, made once per card and count. */
const fadedByCard = new WeakMap<Card, Effect[][]>();

/** The effects of a card's play when it has been played `earlier` times before. */
export function effectsOfPlay(card: Card, earlier: number): readonly Effect[] {
  if (card.fade === undefined || card.fade === 1 || earlier === 0) return card.effects;
  let lists = fadedByCard.get(card);
  if (!lists) {
    lists = [];
    fadedByCard.set(card, lists);
  }
  const factor = card.fade ** earlier;
  let list = lists[earlier];
  if (!list) {
    list = fadedEffects(card.effects, factor);
    lists[earlier] = list;
  }
  return list;
}

/** A meter change scaled by `factor`: rounded halves away from zero, and at least 1 in size unless it was 0. */
export function fadedAdd(add: number, factor: number): number {
  if (add === 0) return 0;
  return Math.sign(add) * Math.max(1, Math.round(Math.abs(add) * factor));
}

function fadedEffects(effects: readonly Effect[], factor: number): Effect[] {
  return effects.map((e): Effect => {
    if ('add' in e) return { ...e, add: fadedAdd(e.add, factor) };
    if ('chance' in e) {
      const success = fadedEffects(e.success, factor);
      return e.failure ? { ...e, success, failure: fadedEffects(e.failure, factor) } : { ...e, success };
    }
    if ('after' in e) return { ...e, effects: fadedEffects(e.effects, factor) };
    return e;
  });
}
