/**
 * Red lines and pledges on the fixture (see test/support/red-line-fixture.ts). A team in Koravia's
 * seat crosses the line on purpose (`koravia-escalate` moves Koravia to the embargo), so the
 * class's judgement and answer can be played out card by card.
 */
import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../src/engine/game-context';
import { fastRolloutAgrees } from '../../src/engine/rollout';
import { parseScenario } from '../../src/engine/scenario-parse';
import { type Viewer, viewOf } from '../../src/engine/views';
import { play } from '../support/play';
import { addRedLines, redLineRules } from '../support/red-line-fixture';
import { NORTHSEA_PATH, northsea, type RawScenario, rawCard, scenarioData } from '../support/scenarios';

const rules = redLineRules();
const BOTH = ['cabinet', 'koravia'];

const lineLog = (log: readonly LogEntry[]) =>
  log.flatMap((e) => (e.kind === 'line' ? [`${e.round}:${e.id}:${e.status}:${e.declared}`] : []));
const lineChanges = (log: readonly LogEntry[], meter: string) =>
  log.flatMap((e) => (e.kind === 'meter' && e.id === meter && e.cause.kind === 'line' ? [e.to - e.from] : []));

/** Round 1: the line declared; round 2: Koravia's team imposes the embargo, which tests it. */
function crossedInRound2(declare = 'declare-public', seed = 1) {
  const p = play(rules, { seed }).start('short', BOTH).round(declare).toDecide();
  return p.decide('koravia-escalate');
}

describe('red lines', () => {
  it('a line kept: crossed, judged crossed and answered in time', () => {
    const p = crossedInRound2();
    expect(p.context.lines?.['no-embargo']).toEqual({ declared: 'public', round: 1, status: 'tested', due: 2 });
    p.decide('judge-crossed').decide('counter-sanctions').endTurn();
    expect(lineLog(p.context.log)).toEqual([
      '1:no-embargo:declared:public',
      '2:no-embargo:tested:public',
      '2:no-embargo:crossed:public',
      '2:no-embargo:answered:public',
    ]);
    expect(lineChanges(p.context.log, 'trust')).toEqual([10]);
    expect(lineChanges(p.context.log, 'danger')).toEqual([2]);
  });

  it('a line crossed and left unanswered costs credibility at the deadline', () => {
    const p = crossedInRound2().decide('judge-crossed').endTurn();
    expect(p.context.lines?.['no-embargo']?.status).toBe('unanswered');
    expect(lineChanges(p.context.log, 'trust')).toEqual([-15]);
    // An answer after the deadline answers nothing.
    p.nextRound().toDecide().decide('counter-sanctions');
    expect(p.context.lines?.['no-embargo']?.status).toBe('unanswered');
    expect(lineChanges(p.context.log, 'trust')).toEqual([-15]);
  });

  it('a line the class never judges counts as crossed and unanswered', () => {
    const p = crossedInRound2().endTurn();
    expect(lineLog(p.context.log).at(-1)).toBe('2:no-embargo:unanswered:public');
    expect(lineChanges(p.context.log, 'trust')).toEqual([-15]);
  });

  it('a private line left unanswered costs nothing: nobody was told', () => {
    const p = crossedInRound2('declare-private').endTurn();
    expect(p.context.lines?.['no-embargo']?.status).toBe('unanswered');
    expect(lineChanges(p.context.log, 'trust')).toEqual([]);
    expect(lineChanges(p.context.log, 'danger')).toEqual([]);
  });

  it('a public line judged not crossed is bent, at a cost', () => {
    const p = crossedInRound2().decide('judge-not-crossed').endTurn();
    expect(p.context.lines?.['no-embargo']?.status).toBe('judgedNot');
    expect(lineChanges(p.context.log, 'trust')).toEqual([-5]);
  });

  it('closes the declaring and judging cards when they would do nothing, with the reason', () => {
    const p = play(rules, { seed: 1 }).start('short', BOTH).toDecide();
    p.expectBlocked('judge-crossed', 'line-not-tested').expectBlocked('judge-not-crossed', 'requires');
    p.decide('declare-private').expectBlocked('declare-private', 'already-played');
    p.endTurn().nextRound().toDecide();
    p.expectBlocked('declare-private', 'line-declared');
    p.expectRefused({ type: 'card.play', seat: 'cabinet', card: 'declare-private' }, 'line-declared');
    // Going public is still open, and then no declaration is.
    p.decide('declare-public').endTurn().nextRound().toDecide();
    p.expectBlocked('declare-public', 'line-declared').expectBlocked('declare-private', 'line-declared');
    expect(p.context.lines?.['no-embargo']).toEqual({ declared: 'public', round: 1, status: 'declared' });
  });

  it('a pledge is broken at once when the class climbs past it', () => {
    const p = play(rules, { seed: 1 }).start('short').round('pledge-no-air-defence', 'start-training').toDecide();
    p.decide('ship-air-defence');
    expect(p.context.lines?.['no-air-defence']?.status).toBe('broken');
    expect(lineLog(p.context.log)).toEqual(['1:no-air-defence:declared:public', '2:no-air-defence:broken:public']);
    expect(lineChanges(p.context.log, 'trust')).toEqual([-20]);
  });

  it("a public line holds Koravia's embargo back; a private one does not", () => {
    // Seed 1: the air defence's own chance of an embargo fails, so only the reaction could bring one.
    const climb = (first: string[]) =>
      play(rules, { seed: 1 })
        .start('short')
        .rounds([...first, 'start-training'], ['ship-air-defence']);
    expect(climb([]).context.reactionsFired['koravia-embargo']).toBe(2);
    const deterred = climb(['declare-public']);
    expect(deterred.context.reactionsFired['koravia-embargo']).toBeUndefined();
    deterred.expectRung('koravia', 'protest');
    expect(deterred.context.lines?.['no-embargo']?.status).toBe('declared');
    // A private line deters nobody: the embargo comes in the resolve and tests the line, to be judged next round.
    const secret = climb(['declare-private']);
    expect(secret.context.reactionsFired['koravia-embargo']).toBe(2);
    expect(secret.context.lines?.['no-embargo']).toEqual({ declared: 'private', round: 1, status: 'tested', due: 3 });
  });

  it('leaves a scenario without red lines as it was, and is played the same by the fast rollout', () => {
    expect('lines' in play(northsea()).context).toBe(false);
    expect(fastRolloutAgrees(rules, 'short')).toBe(true);
  });
});

describe('red lines in the views', () => {
  it("shows a private line to the council's teams and the console, not to Koravia's team or the projector", () => {
    const teams = [
      { id: 'council', name: 'Council', seat: 'cabinet' },
      { id: 'moscow', name: 'Koravia', seat: 'koravia' },
    ];
    const p = play(rules, { seed: 1 }).send({ type: 'game.start', length: 'short', teams }).toDecide();
    p.send({ type: 'card.play', seat: 'cabinet', card: 'declare-private', team: 'council' });
    const seen = (viewer: Viewer) => {
      const view = viewOf(p.game, viewer);
      return [Object.keys(view.lines ?? {}), view.log.filter((e) => e.kind === 'line').length];
    };
    expect(seen({ kind: 'team', team: 'council' })).toEqual([['no-embargo'], 1]);
    expect(seen({ kind: 'facilitator' })).toEqual([['no-embargo'], 1]);
    expect(seen({ kind: 'team', team: 'moscow' })).toEqual([[], 0]);
    expect(seen({ kind: 'projector' })).toEqual([[], 0]);
    // Once public, everyone sees it.
    p.endTurn().nextRound().toDecide();
    p.send({ type: 'card.play', seat: 'cabinet', card: 'declare-public', team: 'council' });
    expect(seen({ kind: 'projector' })).toEqual([['no-embargo'], 2]);
  });
});

describe('red lines in the file', () => {
  it('names each dangling line, answer card, credibility meter and judged pledge by its path', () => {
    const data = scenarioData(NORTHSEA_PATH) as RawScenario;
    addRedLines(data);
    data.cards.push({
      ...rawCard(data, 'judge-crossed'),
      id: 'judge-pledge',
      effects: [{ judge: 'no-air-defence', crossed: true }],
    });
    rawCard(data, 'declare-public').effects.push({ declare: 'no-such-line', public: true });
    data.redLines[0].answer.push('no-such-card');
    data.reactions[0].when = { line: 'nowhere', is: 'public' };
    data.rules.credibility = 'no-such-meter';
    const parsed = parseScenario(data);
    expect(parsed.ok).toBe(false);
    const paths = parsed.ok ? [] : parsed.problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\$\.cards\[\d+\]\.effects\[1\]\.declare$/),
        expect.stringMatching(/^\$\.cards\[\d+\]\.effects\[0\]\.judge$/),
        '$.redLines[0].answer[1]',
        '$.reactions[0].when.line',
        '$.rules.credibility',
      ]),
    );
    expect(paths).toHaveLength(5);
  });
});
