/** Diminishing returns: a card with `fade` does less each time it is played again. */
import { describe, expect, it } from 'vitest';
import { effectsOfPlay, fadedAdd } from '../../src/engine/fade';
import { Game } from '../../src/engine/game';
import { fastRolloutAgrees } from '../../src/engine/rollout';
import { viewOf } from '../../src/engine/views';
import { play } from '../support/play';
import { NORTHSEA_PATH, northsea, rawCard, variant } from '../support/scenarios';

const fading = variant(NORTHSEA_PATH, (d) => {
  rawCard(d, 'send-medicine').fade = 0.5;
  rawCard(d, 'ship-air-defence').fade = 0.5;
});

describe('fade', () => {
  it('rounds halves away from zero and never below 1 in size', () => {
    expect(fadedAdd(5, 0.5)).toBe(3);
    expect(fadedAdd(-5, 0.5)).toBe(-3);
    expect(fadedAdd(5, 0.25)).toBe(1);
    expect(fadedAdd(-5, 0.125)).toBe(-1);
    expect(fadedAdd(0, 0.5)).toBe(0);
    expect(fadedAdd(15, 1)).toBe(15);
  });

  it('medicine every round gives +5, +3, +1, +1: no longer the trusted guardian', () => {
    // As the golden row "medicine every round earns the trusted guardian" (seed 7), which reaches 63:
    // here 40 + 5 + 3 + 1 + 1 + 3 (refugees) = 53.
    const medicine = [['send-medicine'], ['send-medicine'], ['send-medicine'], ['send-medicine']];
    play(northsea(), { seed: 7 })
      .start('short')
      .rounds(...medicine)
      .expectEnding('guardian')
      .expectMeter('trust', 63);
    const p = play(fading, { seed: 7 })
      .start('short')
      .rounds(...medicine);
    p.expectEnding('bystander').expectMeter('trust', 53);
    const steps = p.context.log.flatMap((e) =>
      e.kind === 'meter' && e.cause.id === 'send-medicine' ? [e.to - e.from] : [],
    );
    expect(steps).toEqual([5, 3, 1, 1]);
  });

  it('fades the meter changes inside chances and delayed effects, and nothing else', () => {
    const card = fading.index.cards['ship-air-defence'];
    if (!card) throw new Error('no card');
    expect(effectsOfPlay(card, 0)).toBe(card.effects);
    expect(effectsOfPlay(card, 1)).toEqual([
      { meter: 'trust', add: 8 },
      { meter: 'danger', add: 5 },
      {
        chance: 0.5,
        label: 'Koravia answers with an embargo',
        success: [{ move: { ladder: 'koravia', by: 1 } }, { meter: 'economy', add: -8 }],
      },
    ]);
    // Made once per card and count.
    expect(effectsOfPlay(card, 1)).toBe(effectsOfPlay(card, 1));
  });

  it("shows the next play's factor in the hand once the card has been played", () => {
    const game = new Game(fading, 7);
    for (const type of ['game.start', 'brief.done', 'deliberation.done'] as const)
      game.send(type === 'game.start' ? { type, length: 'short' } : { type });
    const before = viewOf(game, { kind: 'seat', seat: 'cabinet' }).hand.find((c) => c.card === 'send-medicine');
    expect(before?.fade).toBeUndefined();
    game.send({ type: 'card.play', seat: 'cabinet', card: 'send-medicine' });
    const after = viewOf(game, { kind: 'seat', seat: 'cabinet' }).hand.find((c) => c.card === 'send-medicine');
    expect(after?.fade).toBe(0.5);
  });

  it('is played the same by the fast rollout as by the machine', () => {
    expect(fastRolloutAgrees(fading, 'short')).toBe(true);
  });
});
