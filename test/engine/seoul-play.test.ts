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

  it('keeps the offensive tier closed after the news of 22 November 2024 unless the council judges its line crossed', () => {
    const p = play(rules).start('short').round('humanitarian-package').toDecide();
    expect(p.eventsDrawn()).toContain('air-defence-for-north');
    p.expectFlag('tech-reported').expectFlag('too-far', false);
    // No line was drawn, so there is nothing to judge: the judgement cards stay closed.
    p.expectBlocked('judge-crossed', 'line-not-tested').expectBlocked('judge-not-crossed', 'line-not-tested');
    // A line is drawn before it is tested: after the news, a new warning is closed.
    p.expectBlocked('warn-moscow', 'requires');
  });

  it('lets the council judge its public line crossed when Moscow pays the North in technology, and answer it', () => {
    // Seed 2: Moscow's ladder still stands at more troops for Russia in the second round.
    const p = play(rules, { seed: 2 })
      .start('short', ['nsc', 'moscow'])
      .round('warn-moscow', 'backfill-us-shells')
      .toDecide();
    expect(p.context.lines?.['tech-line']).toMatchObject({ status: 'declared', declared: 'public' });
    p.decide('moscow-give-technology', { seat: 'moscow' }).expectFlag('tech-flowing');
    expect(p.context.lines?.['tech-line']?.status).toBe('tested');
    p.decide('export-review').decide('judge-crossed').expectFlag('too-far');
    expect(p.context.lines?.['tech-line']?.status).toBe('crossed');
    p.endTurn().nextRound().toDecide().decide('air-defence');
    expect(p.context.lines?.['tech-line']?.status).toBe('answered');
    // The offensive tier still waits for the Assembly.
    p.endTurn().nextRound().toDecide().expectFlag('assembly-consent', false);
    expect(blockerOf(p, 'ship-shells')).toEqual({
      code: 'step-locked',
      text: lockedText('defensive-arms', 'artillery'),
    });
  });

  it('reaches the top rung within the 45-minute game: a line drawn early, judged crossed, answered with shells', () => {
    // Seed 7: Moscow pays the North in the second round's resolve despite the private warning.
    const p = play(rules, { seed: 7 })
      .start('short')
      .round('private-warning', 'backfill-us-shells')
      .toDecide()
      // The Assembly may consent once the principle is reviewed, before any arms are sent.
      .expectBlocked('assembly-vote', 'requires')
      .decide('export-review')
      .decide('assembly-vote')
      .expectFlag('assembly-consent')
      .endTurn()
      .nextRound()
      .toDecide();
    expect(p.context.lines?.['tech-line']?.status).toBe('tested');
    p.decide('judge-crossed').expectFlag('too-far');
    // Shells straight from indirect supply: the step that skips direct defensive arms.
    p.decide('ship-shells').expectRung(S, 'artillery');
    expect(p.context.lines?.['tech-line']?.status).toBe('answered');
    p.endTurn().nextRound().toDecide().expectRound(4).decide('use-limits').decide('allow-reexport');
    p.expectRung(S, 'long-range-strike');
  });

  it('makes a public line left unanswered cost alliance standing, and a private one nothing', () => {
    const run = (declare: string) => {
      const p = play(rules).start('short', ['nsc', 'moscow']).toDecide();
      p.decide(declare).decide('moscow-give-technology', { seat: 'moscow' });
      p.endTurn().nextRound().round().round();
      return p.context;
    };
    const open = run('warn-moscow');
    const quiet = run('private-warning');
    expect(open.lines?.['tech-line']?.status).toBe('unanswered');
    expect(quiet.lines?.['tech-line']?.status).toBe('unanswered');
    const cost = (ctx: typeof open) =>
      ctx.log.filter((e) => e.kind === 'meter' && e.cause.kind === 'line' && e.id === 'alliance');
    expect(cost(open).some((e) => e.kind === 'meter' && e.to < e.from)).toBe(true);
    expect(cost(quiet)).toEqual([]);
  });

  it('binds the council to its no-lethal pledge: sending arms breaks it, and Moscow and the public answer', () => {
    const p = play(rules).start('short').round('no-lethal-pledge', 'backfill-us-shells').round('export-review');
    const before = { ...p.context.meters };
    p.toDecide().decide('air-defence');
    expect(p.context.lines?.['no-lethal-pledge']?.status).toBe('broken');
    expect(p.context.meters['moscow-risk']).toBeGreaterThan(before['moscow-risk'] ?? 0);
    expect(p.context.meters.public).toBeLessThan(before.public ?? 0);
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
    const p = play(rules).start('short').round('backfill-us-shells').round('export-review').round('air-defence');
    p.toDecide();
    const card = rules.index.cards['cross-party-deal'];
    const shown = oddsOf(rules.index, p.context, card?.effects ?? []);
    // The odds slide from 0.1 at no public support to 0.6 at full support; the game has moved
    // public support from its start of 60.
    const support = p.context.meters.public ?? 0;
    expect(support).not.toBe(60);
    expect(shown).toEqual([{ label: 'The opposition agrees', chance: expect.closeTo(0.1 + 0.5 * (support / 100), 9) }]);
    p.decide('cross-party-deal');
    const roll = p.context.log.find((e) => e.kind === 'roll' && e.label === 'The opposition agrees');
    expect(roll).toMatchObject({ kind: 'roll', chance: shown[0]?.chance, label: 'The opposition agrees' });
  });

  it('makes a cross-party deal likelier as public support grows, and leaves the vote to the opposition', () => {
    const p = play(rules).start('short').toDecide();
    const effects = rules.index.cards['cross-party-deal']?.effects ?? [];
    const at = (publicSupport: number) =>
      oddsOf(rules.index, { ...p.context, meters: { ...p.context.meters, public: publicSupport } }, effects)[0]?.chance;
    expect(at(20)).toBeCloseTo(0.2, 5);
    expect(at(80)).toBeCloseTo(0.5, 5);
    // The opposition's consent is its choice: the card rolls no dice.
    expect(oddsOf(rules.index, p.context, rules.index.cards['assembly-vote']?.effects ?? [])).toEqual([]);
    expect(rules.index.cards['assembly-vote']?.role).toBe('opposition-leader');
  });
});

describe('Seoul, October 2024: the other seats', () => {
  it("lets Moscow's counter-ladder answer direct arms through its bot", () => {
    // Seed 2: Moscow has not already answered the supplies by pressing Korean firms.
    const p = play(rules, { seed: 2 })
      .start('short')
      .round('backfill-us-shells')
      .round('export-review')
      .round('air-defence');
    const moscow = p.context.log.flatMap((e) => (e.kind === 'reaction' && e.seat === 'moscow' ? [e.id] : []));
    expect(moscow).toContain('moscow-answers-arms');
  });

  it("lets a team take Moscow's seat: its cards do what they say, and its bot is silent in a round it acts", () => {
    const p = play(rules).start('short', ['nsc', 'moscow']).toDecide();
    // Troops are in Russia: Moscow can pay the North in technology, not yet squeeze Korean firms.
    expect(p.game.playable('moscow').map((c) => c.id)).toEqual(['moscow-give-technology']);
    p.decide('moscow-give-technology', { seat: 'moscow' }).expectRung('counter', 'technology-transfer');
    p.decide('backfill-us-shells').endTurn().nextRound().toDecide();
    expect(p.game.playable('moscow').map((c) => c.id)).toContain('moscow-threaten');
    p.decide('moscow-threaten', { seat: 'moscow' }).expectRung('counter', 'pressure-on-firms');
    p.endTurn();
    const moscow = p.context.log.flatMap((e) => (e.kind === 'reaction' && e.seat === 'moscow' ? [e.round] : []));
    expect(moscow).toEqual([]);
  });

  it('keeps the bots of a Moscow team that never plays: Moscow still answers Seoul', () => {
    // Seed 2: Moscow has not already answered the supplies by pressing Korean firms.
    const held = play(rules, { seed: 2 })
      .start('short', ['nsc', 'moscow'])
      .round('backfill-us-shells')
      .round('export-review')
      .round('air-defence');
    const reactions = held.context.log.flatMap((e) => (e.kind === 'reaction' ? [e.seat] : []));
    expect(reactions).toContain('moscow');
    expect(held.context.log.some((e) => e.kind === 'reaction' && e.id === 'moscow-answers-arms')).toBe(true);
  });
});

describe('Seoul, October 2024: golden games (seed 1, 45 minutes)', () => {
  it('staying with humanitarian aid, as the real government did, ends in quiet neutrality', () => {
    play(rules)
      .start('short')
      .rounds(...Array.from({ length: 4 }, () => ['humanitarian-package']))
      .expectRung(S, 'humanitarian-aid')
      .expectEnding('quiet-neutrality');
  });

  it('a climb to direct arms in the last round still meets Moscow in the projected aftermath', () => {
    const p = play(rules).start('short').rounds(['backfill-us-shells'], ['export-review'], [], ['air-defence']).toEnd();
    const late = p.context.log.filter(
      (e) => e.kind === 'meter' && e.round > 4 && e.cause.kind === 'delayed' && e.cause.id === 'air-defence',
    );
    expect(late.length).toBeGreaterThan(0);
    expect(p.context.log.some((e) => e.kind === 'round' && e.aftermath)).toBe(true);
  });
});
