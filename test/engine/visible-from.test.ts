/**
 * Parts dated `visibleFrom` wait for the round whose period holds that day, in the length being
 * played: a card is neither in the hand nor playable before it (refused with its reason, the
 * game unchanged), and a hidden ladder step's words stay out of a refusal.
 */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/engine/scenario-schema';
import { viewOf } from '../../src/engine/views';
import { shownInRound } from '../../src/engine/visibility';
import { play } from '../support/play';
import { loadScenario, NORTHSEA_PATH, northsea, rawCard, variant } from '../support/scenarios';

// The fixture's short length: March, April, May and June 2031, from 1 March; the long one runs to August.
const fixture: Scenario = loadScenario(NORTHSEA_PATH);
const cabinet = (card: string) => ({ type: 'card.play' as const, seat: 'cabinet', card });
const hand = (p: ReturnType<typeof play>) => viewOf(p.game, { kind: 'seat', seat: 'cabinet' }).hand.map((c) => c.card);

describe('shownInRound: a dated part is shown from the round whose period holds its day', () => {
  it('shows an undated part from the first round', () => {
    expect(shownInRound(fixture, { length: 'short', round: 1 }, undefined)).toBe(true);
  });

  it('reads the chosen length: 15 April is round 2 of the short length, never round 1', () => {
    expect(shownInRound(fixture, { length: 'short', round: 1 }, '2031-04-15')).toBe(false);
    expect(shownInRound(fixture, { length: 'short', round: 2 }, '2031-04-15')).toBe(true);
    expect(shownInRound(fixture, { length: 'short', round: 4 }, '2031-04-15')).toBe(true);
  });

  it('holds a day before play begins in the first round, and one after the last round never', () => {
    expect(shownInRound(fixture, { length: 'short', round: 1 }, '2030-12-01')).toBe(true);
    expect(shownInRound(fixture, { length: 'short', round: 4 }, '2031-08-01')).toBe(false);
    expect(shownInRound(fixture, { length: 'long', round: 6 }, '2031-08-01')).toBe(true);
  });

  it('shows nothing dated in a length the game is not playing (before it starts)', () => {
    expect(shownInRound(fixture, { length: '', round: 0 }, '2031-03-01')).toBe(false);
  });
});

describe('a card dated later than the round is not on the table', () => {
  const dated = variant(NORTHSEA_PATH, (data) => {
    rawCard(data, 'trade-deal').visibleFrom = '2031-04-10';
  });

  it('is out of the hand and refused in round 1, with the game unchanged', () => {
    const p = play(dated, { seed: 1 }).start('short').toDecide();
    expect(hand(p)).not.toContain('trade-deal');
    expect(hand(p)).toContain('send-medicine');
    expect(p.game.playable('cabinet').map((c) => c.id)).not.toContain('trade-deal');
    expect(p.game.send(cabinet('trade-deal'))).toEqual({ ok: false, refusal: { code: 'not-shown-yet' } });
    p.expectRefused(cabinet('trade-deal'), 'not-shown-yet');
  });

  it('is dealt and playable from round 2, whose period holds its day', () => {
    const p = play(dated, { seed: 1 }).start('short').round().toDecide().expectRound(2);
    expect(hand(p)).toContain('trade-deal');
    p.decide('trade-deal');
  });

  it('is never dealt in a length that ends before its day', () => {
    const late = variant(NORTHSEA_PATH, (data) => {
      rawCard(data, 'trade-deal').visibleFrom = '2031-07-15';
    });
    const short = play(late, { seed: 1 }).start('short');
    for (let r = 1; r <= 4; r++) {
      short.toDecide();
      expect(hand(short)).not.toContain('trade-deal');
      if (r < 4) short.endTurn().nextRound();
    }
    const long = play(late, { seed: 1 }).start('long').rounds([], [], [], []).toDecide().expectRound(5);
    expect(hand(long)).toContain('trade-deal');
  });

  it('leaves the fixture as it is: every card of the seat is dealt from round 1', () => {
    const p = play(northsea(), { seed: 1 }).start('short').toDecide();
    expect(hand(p)).toEqual(northsea().index.cardsOf.cabinet?.map((c) => c.id));
  });
});

describe("a ladder step's words wait for its day", () => {
  // Seed 2 keeps the red line uncrossed: at air defence in round 3 (May) the strike step is locked.
  const withStepFrom = (day: string) =>
    variant(NORTHSEA_PATH, (data) => {
      const step = data.ladders[0].steps.find((s: { to: string }) => s.to === 'strike');
      step.visibleFrom = day;
    });
  const atAirDefence = (day: string) =>
    play(withStepFrom(day), { seed: 2 }).start('short').round('start-training').round('ship-air-defence').toDecide();

  it('refuses the locked step without its words before its round', () => {
    const p = atAirDefence('2031-06-01').expectRound(3).expectRung('norvalia', 'air-defence');
    expect(p.game.send(cabinet('ship-strike'))).toEqual({ ok: false, refusal: { code: 'step-locked' } });
  });

  it('gives the words once its round has come', () => {
    const p = atAirDefence('2031-05-01').expectRound(3);
    expect(p.game.send(cabinet('ship-strike'))).toEqual({
      ok: false,
      refusal: { code: 'step-locked', text: 'Only if Koravia strikes Norvalian ships.' },
    });
  });
});
