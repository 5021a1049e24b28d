import { describe, expect, it } from 'vitest';
import { play } from '../support/play';
import { northsea } from '../support/scenarios';

const rules = northsea();

describe('an illegal event is refused with a reason, and the game is exactly as it was', () => {
  it('wrong-phase: names the phase and what it accepts', () => {
    const p = play(rules);
    expect(p.game.send({ type: 'brief.done' })).toEqual({
      ok: false,
      refusal: { code: 'wrong-phase', phase: 'setup', expected: ['game.start'] },
    });
    p.expectRefused({ type: 'card.play', seat: 'cabinet', card: 'send-medicine' }, 'wrong-phase');
    p.start('short').expectRefused({ type: 'game.start', length: 'short' }, 'wrong-phase');
    p.expectRefused({ type: 'turn.end' }, 'wrong-phase').brief();
    p.expectRefused({ type: 'round.next' }, 'wrong-phase').deliberate();
    expect(p.game.send({ type: 'round.next' })).toEqual({
      ok: false,
      refusal: { code: 'wrong-phase', phase: 'decide', expected: ['card.play', 'turn.end'] },
    });
    p.endTurn().expectRefused({ type: 'card.play', seat: 'cabinet', card: 'send-medicine' }, 'wrong-phase');
    p.expectRefused({ type: 'brief.done' }, 'wrong-phase');
  });

  it('cannot-start: an unknown length, seat, role, or a team named twice', () => {
    const p = play(rules);
    expect(p.game.send({ type: 'game.start', length: 'endless' })).toEqual({
      ok: false,
      refusal: { code: 'cannot-start', what: 'length "endless"' },
    });
    expect(p.game.send({ type: 'game.start', length: 'short', humans: ['cabinet', 'moon'] })).toEqual({
      ok: false,
      refusal: { code: 'cannot-start', what: 'seat "moon"' },
    });
    const team = { id: 'a', name: 'A', seat: 'cabinet' };
    expect(p.game.send({ type: 'game.start', length: 'short', teams: [{ ...team, role: 'king' }] })).toEqual({
      ok: false,
      refusal: { code: 'cannot-start', what: 'role "king"' },
    });
    p.expectRefused({ type: 'game.start', length: 'short', teams: [team, team] }, 'cannot-start');
    p.expectPhase('setup');
  });

  it('game-over: nothing moves a finished game', () => {
    const p = play(rules).start('short').toEnd().expectEnding('bystander');
    for (const event of [
      { type: 'round.next' },
      { type: 'brief.done' },
      { type: 'card.play', seat: 'cabinet', card: 'send-medicine' },
      { type: 'game.start', length: 'short' },
      { type: 'facilitator.pause' },
      { type: 'facilitator.undo' },
    ] as const)
      p.expectRefused(event, 'game-over');
  });

  it('unknown-event: a type the game does not know, as a hostile client might send', () => {
    const p = play(rules).start('short');
    const event = { type: 'ladder.moved', ladder: 'norvalia', to: 'strike' } as unknown as { type: 'turn.end' };
    expect(p.game.send(event)).toEqual({ ok: false, refusal: { code: 'unknown-event', type: 'ladder.moved' } });
    p.expectRefused(event, 'unknown-event').expectRung('norvalia', 'relief-aid');
  });

  it("the facilitator's console: not before the start, nothing while paused, only what can be drawn", () => {
    const p = play(rules, { seed: 1 });
    p.expectRefused({ type: 'facilitator.pause' }, 'not-started');
    p.expectRefused({ type: 'facilitator.inject', event: 'storm' }, 'not-started');
    p.start('short').expectRefused({ type: 'facilitator.resume' }, 'not-paused');
    // Seed 1 drew the refugees in round 1; drawn once, they cannot be drawn again.
    expect(p.eventsDrawn()).toEqual(['war-begins', 'refugees']);
    expect(p.game.send({ type: 'facilitator.inject', event: 'refugees' })).toEqual({
      ok: false,
      refusal: { code: 'cannot-inject', event: 'refugees' },
    });
    p.expectRefused({ type: 'facilitator.inject', event: 'no-such-event' }, 'cannot-inject');
    p.expectRefused(
      { type: 'facilitator.write', inject: { title: 'Odd news', text: 'Odd.', effects: [{ meter: 'luck', add: 5 }] } },
      'cannot-inject',
    );
    p.send({ type: 'facilitator.pause' });
    p.expectRefused({ type: 'brief.done' }, 'paused');
    p.expectRefused({ type: 'facilitator.pause' }, 'paused');
    // A paused class still takes the facilitator's news: the pause holds and the phase stays.
    const phase = p.game.phase;
    expect(p.game.send({ type: 'facilitator.inject', event: 'storm' })).toEqual({ ok: true });
    expect(p.game.context.paused).toBe(true);
    expect(p.game.phase).toBe(phase);
    p.expectRefused({ type: 'facilitator.inject', event: 'no-such-event' }, 'cannot-inject');
    p.send({ type: 'facilitator.resume' }).brief();
  });

  it('nothing-to-undo: no card played in this round', () => {
    const p = play(rules).start('short').toDecide();
    p.expectRefused({ type: 'facilitator.undo' }, 'nothing-to-undo');
    p.decide('send-medicine').endTurn().nextRound().toDecide();
    // Last round's decision is settled: undo reaches back only within the round.
    p.expectRefused({ type: 'facilitator.undo' }, 'nothing-to-undo');
  });
});
