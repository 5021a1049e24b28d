/**
 * The ladder position is stored once, in `context.rungs`; each ladder's region of the machine
 * follows it within the same event along the scenario's steps, however far one event moves it.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { rungsOf } from '../../src/engine/machine';
import { play } from '../support/play';
import { NORTHSEA_PATH, rawCard, variant } from '../support/scenarios';

describe("a ladder's region follows the context's rung", () => {
  // Sending medicine now also climbs Norvalia's ladder twice: two steps in one event.
  const climbing = variant(NORTHSEA_PATH, (data) => {
    rawCard(data, 'send-medicine').effects.push(
      { move: { ladder: 'norvalia', by: 1 } },
      { move: { ladder: 'norvalia', by: 1 } },
    );
  });

  it('walks two steps taken in one event, through the rung between', () => {
    const p = play(climbing).start('short').toDecide().decide('send-medicine');
    expect(p.rungPath()).toEqual(['norvalia:training', 'norvalia:air-defence']);
    p.expectRung('norvalia', 'air-defence').expectRung('koravia', 'protest');
  });

  it('stays put when one event moves a ladder up and back down', () => {
    const upAndDown = variant(NORTHSEA_PATH, (data) => {
      rawCard(data, 'send-medicine').effects.push(
        { move: { ladder: 'norvalia', by: 1 } },
        { move: { ladder: 'norvalia', by: -1 } },
      );
    });
    const p = play(upAndDown).start('short').toDecide().decide('send-medicine');
    expect(p.rungPath()).toEqual(['norvalia:training', 'norvalia:relief-aid']);
    p.expectRung('norvalia', 'relief-aid');
  });

  it('takes each step as a transition of the machine, and no event but the player’s', () => {
    const microsteps: { event: string; ladders: Record<string, string> }[] = [];
    const actor = createActor(climbing.machine, {
      input: { seed: 1 },
      inspect: (e) => {
        if (e.type === '@xstate.microstep' && e.actorRef === actor)
          microsteps.push({ event: e.event.type, ladders: rungsOf(e.snapshot as Parameters<typeof rungsOf>[0]) });
      },
    });
    actor.start();
    for (const type of ['game.start', 'brief.done', 'deliberation.done'] as const)
      actor.send(type === 'game.start' ? { type, length: 'short' } : { type });
    microsteps.length = 0;
    actor.send({ type: 'card.play', seat: 'cabinet', card: 'send-medicine' });
    // The card, then one eventless step per rung: the state walks training, then air defence.
    expect(microsteps.map((m) => m.event)).toEqual(['card.play', 'card.play', 'card.play']);
    expect(microsteps.map((m) => m.ladders.norvalia)).toEqual(['relief-aid', 'training', 'air-defence']);
  });
});
