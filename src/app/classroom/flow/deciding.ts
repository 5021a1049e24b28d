/**
 * The teams decide: on entering, the position says where the round stands (a team to call, a
 * team at the device after a reload, or everyone done); an undone decision calls its team back.
 */
import { allDone } from './all-done';
import { atDevice } from './at-device';
import { flowSetup } from './flow-setup';
import { passing } from './passing';

export const deciding = flowSetup.createStateConfig({
  initial: 'entering',
  on: {
    view: { guard: 'teamsDoNotDecide', target: 'waiting' },
    undone: { guard: 'notHolding', target: '.entering', actions: ['takeBack', 'remember'] },
  },
  states: {
    entering: {
      always: [
        { guard: 'everyoneDone', target: 'allDone' },
        { guard: 'panelOpen', target: 'atDevice' },
        { target: 'passing' },
      ],
    },
    passing,
    atDevice,
    allDone,
  },
});
