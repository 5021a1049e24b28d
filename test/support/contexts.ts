/** Game contexts built by hand, for testing the rule functions without playing up to a situation. */
import type { Rules } from '../../src/engine/game';
import type { GameContext } from '../../src/engine/game-context';
import { seedState } from '../../src/engine/rng';
import { initialContext } from '../../src/engine/rounds';

/** The context of a fresh game of these rules, with the given fields replaced. */
export function contextOf(rules: Rules, patch: Partial<GameContext> = {}, seed = 1): GameContext {
  const base = initialContext(rules.index, seed, seedState(seed));
  return {
    ...base,
    ...patch,
    meters: { ...base.meters, ...patch.meters },
    rungs: { ...base.rungs, ...patch.rungs },
  };
}
