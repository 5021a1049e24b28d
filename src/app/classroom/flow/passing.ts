/** "Pass the device to team X": everything is covered until that team says it has the device. */
import { flowSetup } from './flow-setup';

export const passing = flowSetup.createStateConfig({
  on: { ready: { target: 'atDevice', actions: ['openPanel', 'remember'] } },
});
