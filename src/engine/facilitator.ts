/**
 * What the facilitator does at the console, as pure functions over the context. Each is an
 * event in the log, so a replay stays exact. (Undo is not here: it is a replay without the
 * last decision, see game.ts.)
 */
import { type Draft, draftOf } from './draft';
import { applyEffects } from './effects';
import type { GameContext } from './game-context';
import type { CustomInjectEvent } from './game-events';
import { fire } from './rounds';
import type { ScenarioIndex } from './scenario-index';
import type { ScenarioEvent } from './scenario-schema';

export function setPaused(ctx: GameContext, paused: boolean): GameContext {
  return { ...ctx, paused, log: [...ctx.log, { kind: 'pause', round: ctx.round, paused }] };
}

export function extendTimer(ctx: GameContext, seconds: number): GameContext {
  return {
    ...ctx,
    deliberationSeconds: ctx.deliberationSeconds + seconds,
    log: [...ctx.log, { kind: 'extend', round: ctx.round, seconds }],
  };
}

/** An event from the scenario's deck, drawn now; one that may happen only once must not have happened. */
export function canInject(index: ScenarioIndex, ctx: GameContext, id: string): boolean {
  const e = index.events[id];
  return e !== undefined && ctx.round >= 1 && !(e.once && ctx.seen[id] !== undefined);
}

export function injectEvent(index: ScenarioIndex, ctx: GameContext, id: string): Draft {
  const d = draftOf(ctx);
  fire(index, d, index.events[id] as ScenarioEvent, true);
  return d;
}

/** A news item the facilitator wrote on the spot: its text is logged and its meter changes applied. */
export function writeInject(index: ScenarioIndex, ctx: GameContext, event: CustomInjectEvent): Draft {
  const d = draftOf(ctx);
  d.injects += 1;
  const id = `inject-${d.injects}`;
  d.log.push({ kind: 'inject', round: d.round, id, title: event.inject.title, text: event.inject.text });
  applyEffects(index, d, event.inject.effects, { kind: 'inject', id });
  return d;
}

export function canWrite(index: ScenarioIndex, ctx: GameContext, event: CustomInjectEvent): boolean {
  return ctx.round >= 1 && event.inject.effects.every((e) => index.meters[e.meter] !== undefined);
}
