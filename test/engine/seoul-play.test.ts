/**
 * Scripted games of "Seoul, October 2024" that pin the case's design: what opens each step of
 * Seoul's ladder and what the closed card says meanwhile, when the North "goes too far", how
 * Moscow answers, and that a team can take an actor's seat from its bot.
 */
import { describe, expect, it } from 'vitest';
import type { Blocker } from '../../src/engine/cards';
import { oddsOf } from '../../src/engine/effects';
import { play } from '../support/play';
import { rulesOf, SEOUL_PATH } from '../support/scenarios';

const rules = rulesOf(SEOUL_PATH);
const S = 'seoul';

/** The scenario's own sentence for a closed step, as the player sees it. */
const lockedText = (from: string, to: string) =>
  rules.index.scenario.ladders[0]?.steps.find((s) => s.from === from && s.to === to)?.locked;

/** Why a card of the council is closed now. */
const blockerOf = (p: ReturnType<typeof play>, card: string): Blocker | null | undefined =>
  p.game.cards('nsc').find((c) => c.card.id === card)?.blocker;

describe('Seoul, October 2024: the ladder in play', () => {
  it("opens the first steps with the first round's news of North Korean troops in Russia", () => {
    const p = play(rules).start('short').toDecide();
    expect(p.eventsDrawn()).toContain('nis-3000');
    p.expectFlag('deployment-confirmed').expectRung('counter', 'reinforcements');
    // Seoul lent shells to the US before, so the ladder allows the jump from aid to indirect supply.
    p.decide('backfill-us-shells').expectRung(S, 'indirect-supply');
    // One move a round: the next climb waits, whatever else is open.
    p.expectBlocked('share-intelligence', 'requires').expectBlocked('air-defence', 'move-limit');
  });

  it('keeps direct defensive arms closed, saying why, until the export principle is reviewed', () => {
    const p = play(rules).start('short').round('backfill-us-shells').toDecide();
    expect(blockerOf(p, 'air-defence')).toEqual({
      code: 'step-locked',
      text: lockedText('indirect-supply', 'defensive-arms'),
    });
    p.decide('export-review').expectFlag('export-review');
    p.decide('air-defence').expectRung(S, 'defensive-arms');
  });

  it('meets "too far" with the news of 22 November 2024 even if Seoul never climbs', () => {
    const p = play(rules).start('short').round('humanitarian-package').toDecide().endTurn();
    p.expectFlag('too-far', false).nextRound();
    const set = p.context.log.find((e) => e.kind === 'flag' && e.id === 'too-far');
    expect(set).toMatchObject({ round: 3, cause: { kind: 'event', id: 'air-defence-for-north' } });
  });

  it('meets it sooner when Moscow answers Seoul with technology for the North, yet waits for the Assembly', () => {
    const p = play(rules).start('short').round('backfill-us-shells').round('export-review', 'air-defence');
    const set = p.context.log.find((e) => e.kind === 'flag' && e.id === 'too-far');
    expect(set).toMatchObject({ round: 2, cause: { kind: 'event', id: 'tech-confirmed' } });
    p.toDecide().expectFlag('assembly-consent', false);
    expect(blockerOf(p, 'ship-shells')).toEqual({
      code: 'step-locked',
      text: lockedText('defensive-arms', 'artillery'),
    });
  });

  it('always lets the council step back down, and never below the first rung', () => {
    const p = play(rules).start('short').toDecide();
    p.expectBlocked('step-back', 'requires');
    p.decide('share-intelligence').endTurn().nextRound().toDecide();
    p.decide('step-back').expectRung(S, 'humanitarian-aid');
    expect(p.rungPath().filter((r) => r.startsWith(`${S}:`))).toEqual([
      'seoul:intelligence-sharing',
      'seoul:humanitarian-aid',
    ]);
  });

  it('shows the odds of an uncertain card and logs the roll with them', () => {
    const p = play(rules).start('short').toDecide();
    const card = rules.index.cards['assembly-vote'];
    const shown = oddsOf(rules.index, p.context, card?.effects ?? []);
    // The odds slide from 0.1 at no public support to 0.75 at full support; round 1's news has
    // already moved public support from its start of 60.
    const support = p.context.meters.public ?? 0;
    expect(support).not.toBe(60);
    expect(shown).toEqual([
      { label: 'The Assembly consents', chance: expect.closeTo(0.1 + 0.65 * (support / 100), 9) },
    ]);
    p.decide('assembly-vote');
    const roll = p.context.log.find((e) => e.kind === 'roll');
    expect(roll).toMatchObject({ kind: 'roll', chance: shown[0]?.chance, label: 'The Assembly consents' });
  });

  it('makes the Assembly vote likelier as public support grows', () => {
    const p = play(rules).start('short').toDecide();
    const effects = rules.index.cards['assembly-vote']?.effects ?? [];
    const at = (publicSupport: number) =>
      oddsOf(rules.index, { ...p.context, meters: { ...p.context.meters, public: publicSupport } }, effects)[0]?.chance;
    expect(at(20)).toBeCloseTo(0.23, 5);
    expect(at(80)).toBeCloseTo(0.62, 5);
  });
});

describe('Seoul, October 2024: the other seats', () => {
  it("lets Moscow's counter-ladder answer direct arms through its bot", () => {
    const p = play(rules).start('short').round('backfill-us-shells').round('export-review', 'air-defence');
    const moscow = p.context.log.flatMap((e) => (e.kind === 'reaction' && e.seat === 'moscow' ? [e.id] : []));
    expect(moscow).toContain('moscow-answers-arms');
  });

  it("lets a team take Moscow's seat: its cards open and its bot falls silent", () => {
    const p = play(rules).start('short', ['nsc', 'moscow']).toDecide();
    expect(p.game.playable('moscow').map((c) => c.id)).toEqual([
      'moscow-threaten',
      'moscow-reward',
      'moscow-give-technology',
    ]);
    p.decide('moscow-threaten').expectRung('counter', 'technology-transfer');
    p.decide('backfill-us-shells').endTurn().nextRound().round('export-review', 'air-defence').round();
    const reactions = p.context.log.flatMap((e) => (e.kind === 'reaction' ? [e.seat] : []));
    expect(reactions).not.toContain('moscow');
    expect(reactions).toContain('pyongyang');
    expect(reactions).toContain('kyiv');
  });
});

describe('Seoul, October 2024: golden games (seed 1, 45 minutes)', () => {
  it('staying with humanitarian aid, as the real government did, ends in quiet neutrality', () => {
    play(rules)
      .start('short')
      .rounds(...Array.from({ length: 6 }, () => ['humanitarian-package']))
      .expectRung(S, 'humanitarian-aid')
      .expectEnding('quiet-neutrality');
  });

  it('climbing straight to direct arms and doing nothing more ends in a spiral in round 4', () => {
    play(rules)
      .start('short')
      .rounds(['backfill-us-shells', 'export-review'], ['air-defence'])
      .toEnd()
      .expectRound(4)
      .expectRung('counter', 'pressure-on-firms')
      .expectEnding('spiral');
  });
});
