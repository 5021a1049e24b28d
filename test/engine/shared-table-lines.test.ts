/**
 * In a class, the player seat's own view is the shared table on the projector: a private red line
 * is not on it, while a player alone still sees the line it declared.
 */
import { describe, expect, it } from 'vitest';
import { viewOf } from '../../src/engine/views';
import { play } from '../support/play';
import { redLineRules } from '../support/red-line-fixture';

const rules = redLineRules();
const seen = (p: ReturnType<typeof play>) => {
  const view = viewOf(p.game, { kind: 'seat', seat: 'cabinet' });
  return [Object.keys(view.lines ?? {}), view.log.filter((e) => e.kind === 'line').length];
};

describe('a private line and the shared table', () => {
  it('is absent from the class table (the seat view with teams), present for a player alone', () => {
    const teams = [{ id: 'council', name: 'Council', seat: 'cabinet' }];
    const cls = play(rules, { seed: 1 }).send({ type: 'game.start', length: 'short', teams }).toDecide();
    cls.send({ type: 'card.play', seat: 'cabinet', card: 'declare-private', team: 'council' });
    expect(seen(cls)).toEqual([[], 0]);
    expect(Object.keys(viewOf(cls.game, { kind: 'team', team: 'council' }).lines ?? {})).toEqual(['no-embargo']);
    const solo = play(rules, { seed: 1 }).start('short').toDecide();
    solo.send({ type: 'card.play', seat: 'cabinet', card: 'declare-private' });
    expect(seen(solo)).toEqual([['no-embargo'], 1]);
  });
});
