/**
 * What a list of effects does, in short words for a choice's consequences (a vote's yes and no):
 * meter and capital changes with their notes, flags as the scenario's own words are not there,
 * ladder moves by rung. Dice, delays and lines are named, not opened (their contents stay a surprise).
 */
import type { Effect } from '../engine/effect-schema';
import type { Scenario } from '../engine/scenario-schema';
import type { Translate } from './locale';
import { labelOf } from './refusal-words';

const signed = (n: number) => (n > 0 ? `+${n}` : `−${Math.abs(n)}`);

/** One sentence per effect a player can weigh; effects with nothing to say are left out. */
export function effectWords(effects: readonly Effect[], scenario: Scenario, t: Translate): string[] {
  return effects.flatMap((e): string[] => {
    const note = 'note' in e && e.note ? ` (${e.note})` : '';
    if ('add' in e) return [`${labelOf(scenario.meters, e.meter)} ${signed(e.add)}${note}`];
    if ('set' in e) return [`${labelOf(scenario.meters, e.meter)} → ${e.set}${note}`];
    if ('capital' in e) return [`${scenario.capital.label} ${signed(e.capital)}${note}`];
    if ('move' in e) {
      const ladder = scenario.ladders.find((l) => l.id === e.move.ladder);
      const to = e.move.to === undefined ? signed(e.move.by ?? 0) : labelOf(ladder?.rungs ?? [], e.move.to);
      return [`${ladder?.label ?? e.move.ladder} → ${to}${note}`];
    }
    if ('chance' in e || 'vote' in e) return [t('council.effects.uncertain', { label: e.label })];
    if ('after' in e) return [t('council.effects.later', { label: e.label })];
    if ('declare' in e || 'judge' in e) return [labelOf(scenario.redLines ?? [], 'declare' in e ? e.declare : e.judge)];
    if ('flag' in e) return [t('council.effects.flag', { id: e.flag })];
    return [];
  });
}
