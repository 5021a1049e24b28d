/**
 * The classroom's decide phase on one shared screen, as a statechart: the device goes round the
 * teams, each behind a "pass the device" screen. One file per state (waiting, deciding and its
 * children passing, at-device, all-done); this file holds what they share: the context (who
 * holds the device, kept with the save), the events, the guards, and the actions the
 * classroom provides (remember the position, end the council's decision).
 *
 * Under a council, the chair's pick and a called vote come after `allDone`: the hot-seat play
 * (hot-seat-play.ts) passes the device back to those teams before the turn ends, so the states
 * here stay as they are.
 */
import { assign, setup } from 'xstate';
import { everyoneDone, type HotSeat, hotSeatFor, passOn } from '../hot-seat';

export interface FlowContext extends HotSeat {
  /** How many teams play: the device goes round them in set-up order. */
  teams: number;
}

export type FlowEvent =
  /** The game changed: whether the teams decide now (decide phase, not paused), in which round, how many teams. */
  | { type: 'view'; deciding: boolean; round: number; teams: number }
  /** The team named on the pass screen has the device and opens its panel. */
  | { type: 'ready' }
  /** The team at the device is done. */
  | { type: 'done' }
  /** A decision was taken back: the device goes back to the team that made it. */
  | { type: 'undone'; turn: number };

export interface FlowInput {
  /** The position saved with the session, restored after a reload. */
  stored?: HotSeat;
}

export const flowSetup = setup({
  types: { context: {} as FlowContext, events: {} as FlowEvent, input: {} as FlowInput },
  guards: {
    teamsDecide: ({ event }) => event.type === 'view' && event.deciding,
    teamsDoNotDecide: ({ event }) => event.type === 'view' && !event.deciding,
    everyoneDone: ({ context }) => everyoneDone(context, context.teams),
    panelOpen: ({ context }) => context.open,
    lastTeam: ({ context }) => context.turn >= context.teams - 1,
    /** The team whose decision was undone is not already at the device with its panel open. */
    notHolding: ({ context, event }) =>
      event.type === 'undone' && event.turn >= 0 && !(context.turn === event.turn && context.open),
  },
  actions: {
    /** The round's position: the stored one if it is for this round, else the first team. */
    enterRound: assign(({ context, event }) => {
      if (event.type !== 'view') return {};
      return { ...hotSeatFor(event.round, context), teams: event.teams };
    }),
    openPanel: assign({ open: true }),
    passOn: assign(({ context }) => passOn(context)),
    takeBack: assign(({ event }) => (event.type === 'undone' ? { turn: event.turn, open: false } : {})),
    /** Provided by the classroom: keeps the position with the save. */
    remember: () => undefined,
    /** Provided by the classroom: every team is done, the council's decision ends. */
    endDecision: () => undefined,
  },
});
