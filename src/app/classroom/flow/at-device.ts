/** A team holds the device: its private brief and its cards; when it is done the device moves on. */
import { flowSetup } from './flow-setup';

export const atDevice = flowSetup.createStateConfig({
  on: {
    done: [
      { guard: 'lastTeam', target: 'allDone', actions: ['passOn', 'remember', 'endDecision'] },
      { target: 'passing', actions: ['passOn', 'remember'] },
    ],
  },
});
