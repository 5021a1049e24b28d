/** Outside the teams' decision (another phase, a pause, the game over): the table is the class's. */
import { flowSetup } from './flow-setup';

export const waiting = flowSetup.createStateConfig({
  on: { view: { guard: 'teamsDecide', target: 'deciding', actions: 'enterRound' } },
});
