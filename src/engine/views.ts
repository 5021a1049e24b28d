/**
 * What one seat may see. A future server sends each team only its view; the hot-seat table
 * shows the same thing behind the "pass the device" screen. The generator's state is never
 * shown (it would tell the dice in advance), nor are other seats' briefs.
 */
import type { GameContext } from './game-context';
import type { ScenarioIndex } from './scenario-index';
import type { Seat } from './scenario-schema';

export interface SeatView {
  seat: Seat;
  round: number;
  rounds: number;
  meters: Record<string, number>;
  capital: number;
  rungs: Record<string, string>;
  /** The public history: everything in the log, which holds no secret. */
  log: GameContext['log'];
  /** Effects still to land, by label and round only (their contents are part of the surprise). */
  pending: { due: number; label: string }[];
  ending: string;
}

export function viewFor(index: ScenarioIndex, ctx: GameContext, seatId: string): SeatView | undefined {
  const seat = index.scenario.seats.find((s) => s.id === seatId);
  if (!seat) return undefined;
  return {
    seat,
    round: ctx.round,
    rounds: ctx.rounds,
    meters: { ...ctx.meters },
    capital: ctx.capital,
    rungs: { ...ctx.rungs },
    log: ctx.log,
    pending: ctx.pending.map((p) => ({ due: p.due, label: p.label })),
    ending: ctx.ending,
  };
}
