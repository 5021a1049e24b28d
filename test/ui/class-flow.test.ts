/** The hot-seat flow as a statechart: the device goes round the teams, is called back by an undo, and resumes where it was. */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { classFlow } from '../../src/app/classroom/flow/class-flow';
import type { HotSeat } from '../../src/app/classroom/hot-seat';

function flow(stored?: HotSeat) {
  const remembered: HotSeat[] = [];
  let ended = 0;
  const actor = createActor(
    classFlow.provide({
      actions: {
        remember: ({ context }) => remembered.push({ round: context.round, turn: context.turn, open: context.open }),
        endDecision: () => {
          ended++;
        },
      },
    }),
    { input: stored ? { stored } : {} },
  );
  actor.start();
  const at = () => {
    const s = actor.getSnapshot();
    return { state: s.value, turn: s.context.turn, open: s.context.open };
  };
  return { actor, at, remembered, ended: () => ended };
}

const decide = (round: number, teams = 3) => ({ type: 'view' as const, deciding: true, round, teams });
const other = (round: number, teams = 3) => ({ type: 'view' as const, deciding: false, round, teams });

describe('the class flow', () => {
  it('waits outside the decision, then passes the device to each team in turn and ends the decision once', () => {
    const f = flow();
    expect(f.at().state).toBe('waiting');
    f.actor.send(decide(1));
    expect(f.at()).toEqual({ state: { deciding: 'passing' }, turn: 0, open: false });
    f.actor.send({ type: 'ready' });
    expect(f.at()).toEqual({ state: { deciding: 'atDevice' }, turn: 0, open: true });
    f.actor.send({ type: 'done' });
    expect(f.at()).toEqual({ state: { deciding: 'passing' }, turn: 1, open: false });
    for (let i = 0; i < 2; i++) {
      f.actor.send({ type: 'ready' });
      f.actor.send({ type: 'done' });
    }
    expect(f.at()).toEqual({ state: { deciding: 'allDone' }, turn: 3, open: false });
    expect(f.ended()).toBe(1);
    expect(f.remembered.at(-1)).toEqual({ round: 1, turn: 3, open: false });
    f.actor.send(other(1));
    expect(f.at().state).toBe('waiting');
    // A new round starts again with the first team.
    f.actor.send(decide(2));
    expect(f.at()).toEqual({ state: { deciding: 'passing' }, turn: 0, open: false });
  });

  it('gives the device back to the team whose decision was undone, unless it holds it already', () => {
    const f = flow();
    f.actor.send(decide(1));
    f.actor.send({ type: 'ready' });
    f.actor.send({ type: 'done' });
    f.actor.send({ type: 'ready' });
    f.actor.send({ type: 'undone', turn: 1 });
    expect(f.at()).toEqual({ state: { deciding: 'atDevice' }, turn: 1, open: true });
    f.actor.send({ type: 'undone', turn: 0 });
    expect(f.at()).toEqual({ state: { deciding: 'passing' }, turn: 0, open: false });
  });

  it('stands aside while the game is paused and comes back to the same team', () => {
    const f = flow();
    f.actor.send(decide(1));
    f.actor.send({ type: 'ready' });
    f.actor.send(other(1));
    expect(f.at().state).toBe('waiting');
    f.actor.send(decide(1));
    expect(f.at()).toEqual({ state: { deciding: 'atDevice' }, turn: 0, open: true });
  });

  it('resumes a saved position of the same round, and forgets one of an earlier round', () => {
    const f = flow({ round: 2, turn: 1, open: true });
    f.actor.send(decide(2));
    expect(f.at()).toEqual({ state: { deciding: 'atDevice' }, turn: 1, open: true });
    const g = flow({ round: 1, turn: 2, open: false });
    g.actor.send(decide(2));
    expect(g.at()).toEqual({ state: { deciding: 'passing' }, turn: 0, open: false });
  });
});
