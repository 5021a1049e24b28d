/** The hot-seat flow assembled from its states (see flow-setup.ts). */
import { deciding } from './deciding';
import { flowSetup } from './flow-setup';
import { waiting } from './waiting';

export const classFlow = flowSetup.createMachine({
  id: 'class-flow',
  context: ({ input }) => ({ ...(input.stored ?? { round: 0, turn: 0, open: false }), teams: 0 }),
  initial: 'waiting',
  // Outside a decision an undone card still moves the device back, for when the decision resumes.
  on: { undone: { guard: 'notHolding', actions: ['takeBack', 'remember'] } },
  states: { waiting, deciding },
});
