import { describe, expect, it } from 'vitest';
import { play } from '../support/play';
import { NORTHSEA_PATH, northsea, rawCard, variant } from '../support/scenarios';

const rules = northsea();
/** A game of the fixture at the decision of round 1: capital 3, Norvalia on relief aid. */
const atFirstDecision = (seed = 1) => play(rules, { seed }).start('short').toDecide();
const cabinet = (card: string) => ({ type: 'card.play' as const, seat: 'cabinet', card });

describe('every reason a card is closed comes from a real situation', () => {
  it('unknown-card: no such card in the scenario', () => {
    atFirstDecision().expectRefused(cabinet('nuclear-option'), 'unknown-card');
    expect(atFirstDecision().game.send(cabinet('nuclear-option'))).toEqual({
      ok: false,
      refusal: { code: 'unknown-card', card: 'nuclear-option' },
    });
  });

  it("not-your-seat: another seat's card, or a seat no team holds", () => {
    const p = atFirstDecision();
    expect(p.game.send(cabinet('koravia-escalate'))).toEqual({
      ok: false,
      refusal: { code: 'not-your-seat', seat: 'koravia' },
    });
    // Koravia's own card, claimed for Koravia, while a bot (not a team) plays Koravia.
    p.expectRefused({ type: 'card.play', seat: 'koravia', card: 'koravia-escalate' }, 'not-your-seat');
    // A cabinet card claimed by Koravia's seat.
    p.expectRefused({ type: 'card.play', seat: 'koravia', card: 'send-medicine' }, 'not-your-seat');
  });

  it('already-played: the same card twice in a round', () => {
    atFirstDecision().decide('send-medicine').expectRefused(cabinet('send-medicine'), 'already-played');
  });

  it('once-only: a once-a-game card in a later round', () => {
    atFirstDecision()
      .decide('trade-deal')
      .endTurn()
      .nextRound()
      .toDecide()
      .expectBlocked('trade-deal', 'once-only')
      .expectRefused(cabinet('trade-deal'), 'once-only');
  });

  it('card-limit: a third card when the rules allow two', () => {
    const p = atFirstDecision().decide('send-medicine').decide('trade-deal');
    expect(p.game.send(cabinet('start-training'))).toEqual({ ok: false, refusal: { code: 'card-limit', limit: 2 } });
  });

  it('move-limit: a second ladder move in a round', () => {
    const p = atFirstDecision().decide('start-training').expectRung('norvalia', 'training');
    expect(p.game.send(cabinet('step-back'))).toEqual({ ok: false, refusal: { code: 'move-limit', limit: 1 } });
  });

  it('capital: a card that costs more than is left', () => {
    // Capital 3; the trade deal costs 2, leaving 1 for training, which costs 2.
    const p = atFirstDecision().decide('trade-deal').expectCapital(1);
    expect(p.game.send(cabinet('start-training'))).toEqual({
      ok: false,
      refusal: { code: 'capital', need: 2, have: 1 },
    });
  });

  it('requires: a precondition that does not hold, with the scenario’s reason when it gives one', () => {
    const explained = variant(NORTHSEA_PATH, (data) => {
      Object.assign(rawCard(data, 'trade-deal'), { requires: { event: 'storm' }, locked: 'Only after a storm.' });
    });
    // Seed 1 draws the refugees, not the storm, in round 1.
    const p = play(explained, { seed: 1 }).start('short').toDecide();
    expect(p.game.send(cabinet('trade-deal'))).toEqual({
      ok: false,
      refusal: { code: 'requires', text: 'Only after a storm.' },
    });
    // Seed 3 draws the storm, so the deal is open.
    play(explained, { seed: 3 }).start('short').toDecide().decide('trade-deal');

    const silent = variant(NORTHSEA_PATH, (data) => {
      rawCard(data, 'trade-deal').requires = { stat: 'round', op: '>=', value: 2 };
    });
    const q = play(silent, { seed: 1 }).start('short').toDecide();
    expect(q.game.send(cabinet('trade-deal'))).toEqual({ ok: false, refusal: { code: 'requires' } });
    q.endTurn().nextRound().toDecide().decide('trade-deal');
  });

  it('no-step: the ladder has no step from this rung to that one', () => {
    expect(atFirstDecision().game.send(cabinet('ship-air-defence'))).toEqual({
      ok: false,
      refusal: { code: 'no-step', from: 'relief-aid', to: 'air-defence' },
    });
  });

  it('step-locked: the step exists but its unlock condition fails, with the reason', () => {
    // Seed 2 rolls 0.521, 0.604 for the news, then 0.827 (no embargo from the air defence, which
    // needs < 0.5) and 0.876 (no attack on ships, which needs < 0.6): the red line stays uncrossed.
    const p = play(rules, { seed: 2 }).start('short').round('start-training').round('ship-air-defence').toDecide();
    p.expectRung('norvalia', 'air-defence').expectRung('koravia', 'embargo').expectFlag('red-line-crossed', false);
    expect(p.game.send(cabinet('ship-strike'))).toEqual({
      ok: false,
      refusal: { code: 'step-locked', text: 'Only if Koravia strikes Norvalian ships.' },
    });
  });
});

describe('reasons that come from the teams at the table', () => {
  const teams = [
    { id: 'north', name: 'North table', seat: 'cabinet', role: 'premier' },
    { id: 'south', name: 'South table', seat: 'cabinet' },
  ];
  const withTeams = () => play(rules).send({ type: 'game.start', length: 'short', teams }).toDecide();

  it('unknown-team: a team that is not at the table', () => {
    withTeams().expectRefused({ ...cabinet('send-medicine'), team: 'east' }, 'unknown-team');
    expect(withTeams().game.send({ ...cabinet('send-medicine'), team: 'east' })).toEqual({
      ok: false,
      refusal: { code: 'unknown-team', team: 'east' },
    });
  });

  it('role-owned: a card whose role another team speaks for', () => {
    // Training belongs to the premier, and the north table speaks for the premier.
    const p = withTeams();
    expect(p.game.send({ ...cabinet('start-training'), team: 'south' })).toEqual({
      ok: false,
      refusal: { code: 'role-owned', role: 'premier' },
    });
    p.send({ ...cabinet('start-training'), team: 'north' }).expectRung('norvalia', 'training');
    // A card no role owns is open to every team at the seat.
    p.send({ ...cabinet('send-medicine'), team: 'south' });
  });

  it('rationale-required: under the rationale rule a card needs a sentence of why', () => {
    const p = play(rules).send({ type: 'game.start', length: 'short', requireRationale: true }).toDecide();
    p.expectRefused(cabinet('send-medicine'), 'rationale-required');
    p.expectRefused({ ...cabinet('send-medicine'), rationale: '   ' }, 'rationale-required');
    p.decide('send-medicine', { rationale: '  Partners notice cheap help.  ' });
    expect(p.context.log.find((e) => e.kind === 'card')).toEqual({
      kind: 'card',
      round: 1,
      id: 'send-medicine',
      seat: 'cabinet',
      rationale: 'Partners notice cheap help.',
    });
  });
});

describe('the engine says which cards are open now and why each other one is not', () => {
  it('lists every card of the seat at the first decision', () => {
    const p = atFirstDecision();
    const status = Object.fromEntries(p.game.cards('cabinet').map((c) => [c.card.id, c.blocker]));
    expect(status).toEqual({
      'send-medicine': null,
      'start-training': null,
      'ship-air-defence': { code: 'no-step', from: 'relief-aid', to: 'air-defence' },
      'ship-strike': { code: 'no-step', from: 'relief-aid', to: 'strike' },
      'step-back': { code: 'no-step', from: 'relief-aid', to: '' },
      'trade-deal': null,
    });
    p.expectPlayable(['send-medicine', 'start-training', 'trade-deal']);
  });

  it('updates after a card is played', () => {
    const p = atFirstDecision().decide('start-training');
    const status = Object.fromEntries(p.game.cards('cabinet').map((c) => [c.card.id, c.blocker?.code ?? null]));
    expect(status).toEqual({
      'send-medicine': null,
      'start-training': 'already-played',
      'ship-air-defence': 'move-limit',
      'ship-strike': 'move-limit',
      'step-back': 'move-limit',
      'trade-deal': 'capital',
    });
    p.expectPlayable(['send-medicine']);
  });

  it('offers no card outside the decision', () => {
    const p = play(rules).start('short').expectPhase('brief');
    expect(p.game.playable('cabinet')).toEqual([]);
    expect(p.game.cards('cabinet').every((c) => c.blocker === null)).toBe(true);
  });

  it("opens the other seat's cards to a team that holds it", () => {
    const p = play(rules).start('short', ['cabinet', 'koravia']).toDecide();
    p.expectPlayable(['koravia-escalate'], 'koravia').decide('koravia-escalate').expectRung('koravia', 'embargo');
    // Each seat has its own card limit: the cabinet may still play two.
    p.decide('send-medicine').decide('trade-deal');
  });

  it("counts the move limit per seat: Koravia's move leaves the cabinet its own", () => {
    // Found by this test: the one move per round was shared by every seat, so whichever team
    // played first took the other's move (the card limit was already per seat).
    const p = play(rules).start('short', ['cabinet', 'koravia']).toDecide().decide('koravia-escalate');
    p.expectPlayable(['send-medicine', 'start-training', 'trade-deal']);
    p.decide('start-training').expectRung('norvalia', 'training').expectRung('koravia', 'embargo');
    p.expectBlocked('step-back', 'move-limit');
  });
});
