/**
 * The pure pieces behind the table, tested without a browser: what the table model says about
 * a game (open and locked steps, blockers, odds, news), the hand's pages, the seed field, the
 * saved settings, and the deliberation timer on a clock the test moves.
 */
import { describe, expect, it } from 'vitest';
import { DeliberationTimer, type SpentTime, type TimerMemory } from '../../src/app/deliberation-timer';
import type { Effect } from '../../src/engine/effect-schema';
import { oddsOf } from '../../src/engine/effects';
import { Game } from '../../src/engine/game';
import { LocalSession } from '../../src/session/local-session';
import { parseSeed } from '../../src/ui/setup-screen';
import { handView, openCards, tableHand } from '../../src/view/hand-view';
import { CLASS_LINE_ROOM } from '../../src/view/layout';
import { english } from '../../src/view/locale';
import { loadSettings } from '../../src/view/settings';
import { type CardModel, effectFacts, tableModel } from '../../src/view/table-model';
import { fixtureRules } from './support/ui';

const rules = fixtureRules();

/** The table as the player's seat sees it. */
function tableOf(game: Game) {
  const view = new LocalSession(game, { kind: 'seat', seat: rules.index.scenario.player }).view();
  return tableModel(rules.index, view, english);
}

function atDecide(seed = 1): Game {
  const game = new Game(rules, seed);
  for (const e of [
    { type: 'game.start', length: 'short' },
    { type: 'brief.done' },
    { type: 'deliberation.done' },
  ] as const)
    expect(game.send(e).ok).toBe(true);
  return game;
}

describe('the table model', () => {
  it('marks the current rung and the steps open from it', () => {
    const game = atDecide();
    const trust = game.context.meters.trust ?? 0;
    expect(game.send({ type: 'card.play', seat: 'cabinet', card: 'start-training' }).ok).toBe(true);
    const model = tableOf(game);
    expect(model.ladders[0]?.isPlayer).toBe(true);
    expect(model.ladders[0]?.rungs.map((r) => r.state)).toEqual(['open', 'current', 'open', 'other']);
    // A counter-ladder moves by the others' reactions: it shows where it stands, not steps to take.
    expect(model.ladders[1]?.rungs.map((r) => r.state)).toEqual(['current', 'other', 'other']);
    expect(model.meters.find((m) => m.id === 'trust')?.last).toEqual({
      from: trust,
      to: trust + 10,
      cause: "Train Estmark's soldiers",
    });
  });

  it('shows a locked step with the scenario’s reason', () => {
    const game = atDecide();
    for (const e of [
      { type: 'card.play', seat: 'cabinet', card: 'start-training' },
      { type: 'turn.end' },
      { type: 'round.next' },
      { type: 'brief.done' },
      { type: 'deliberation.done' },
      { type: 'card.play', seat: 'cabinet', card: 'ship-air-defence' },
    ] as const)
      expect(game.send(e).ok, e.type).toBe(true);
    const strike = tableOf(game).ladders[0]?.rungs.find((r) => r.id === 'strike');
    expect(strike).toMatchObject({ state: 'locked', lockText: 'Only if Koravia strikes Norvalian ships.' });
  });

  it('gives each closed card its reason, and each card its odds before it is played', () => {
    const model = tableOf(atDecide());
    const byId = new Map<string, CardModel>(model.hand.map((c) => [c.id, c]));
    expect(byId.get('send-medicine')?.status).toBe('playable');
    expect(byId.get('ship-air-defence')?.status).toBe('locked');
    expect(byId.get('ship-air-defence')?.reason).toBe(english.t('refusals.no-step'));
    expect(byId.get('ship-air-defence')?.odds).toEqual([{ label: 'Koravia answers with an embargo', percent: 50 }]);
    expect(byId.get('start-training')?.moveText).toBe("Moves Norvalia's support: Relief aid → Training");
    expect(byId.get('step-back')?.moveText).toBe("Moves Norvalia's support one rung down");
  });

  it('reads odds, later effects and the meters a card touches from nested effects', () => {
    const effects: Effect[] = [
      { chance: 0.25, label: 'A', success: [{ meter: 'x', add: 1 }], failure: [{ meter: 'y', add: -1 }] },
      { after: 2, label: 'B', effects: [{ meter: 'z', set: 3 }] },
    ];
    expect(effectFacts(effects, oddsOf(rules.index, new Game(rules, 1).context, effects))).toEqual({
      odds: [{ label: 'A', percent: 25 }],
      later: [{ label: 'B', rounds: 2 }],
      meters: ['x', 'y', 'z'],
    });
  });

  it('shows the round’s news, then the others’ reactions after the turn', () => {
    const game = atDecide();
    const before = tableOf(game).news;
    expect(before.map((n) => n.kind)).toEqual(before.map(() => 'event'));
    expect(before[0]?.title).toBe('Koravia attacks Estmark');
    game.send({ type: 'card.play', seat: 'cabinet', card: 'start-training' });
    game.send({ type: 'turn.end' });
    const after = tableOf(game).news;
    expect(after.at(-1)).toMatchObject({ kind: 'reaction', title: 'Thanks', badge: 'Estmark' });
  });
});

describe('the hand on show', () => {
  const hand = (n: number, playable: (i: number) => boolean = () => true): CardModel[] =>
    Array.from({ length: n }, (_, i) => ({
      id: `c${i}`,
      n: i + 1,
      label: `Card ${i}`,
      text: '',
      explain: '',
      tierIndex: -1,
      cost: 1,
      odds: [],
      later: [],
      touches: [],
      once: false,
      status: playable(i) ? 'playable' : 'locked',
    }));

  it('lays a small hand out in full', () => {
    const v = handView(hand(6), { page: 3, only: null });
    expect([v.cards.length, v.page, v.pages, v.first, v.last]).toEqual([6, 0, 1, 1, 6]);
  });

  it('pages a big hand eight at a time, numbering each page from 1', () => {
    const v = handView(hand(37), { page: 4, only: null });
    expect([v.page, v.pages, v.first, v.last, v.cards[0]?.id, v.cards[0]?.n]).toEqual([4, 5, 33, 37, 'c32', 1]);
    expect(handView(hand(37), { page: 99, only: null }).page).toBe(4);
  });

  it('can show only the cards open when the decision began', () => {
    const cards = hand(20, (i) => i % 3 === 0);
    const v = handView(cards, { page: 0, only: openCards(cards) });
    expect(v.cards.map((c) => c.id)).toEqual(['c0', 'c3', 'c6', 'c9', 'c12', 'c15', 'c18']);
    expect([v.shown, v.total]).toEqual([7, 20]);
    // A card played meanwhile keeps its place on the page.
    const after = cards.map((c) => (c.id === 'c3' ? { ...c, status: 'played' as const } : c));
    expect(handView(after, { page: 0, only: openCards(cards) }).cards[1]).toMatchObject({
      id: 'c3',
      status: 'played',
      n: 2,
    });
    expect(
      handView(
        hand(20, () => false),
        { page: 0, only: new Set() },
      ),
    ).toMatchObject({ shown: 0, first: 0, last: 0 });
  });

  it('filters only while deciding, and leaves a class council room below its hand', () => {
    const cards = hand(20, (i) => i % 2 === 0);
    const look = { page: 0, playableOnly: true, open: openCards(cards) };
    const at = (phase: 'brief' | 'decide', handOwner: 'viewer' | 'council') =>
      tableHand({ hand: cards, phase, handOwner }, look);
    expect(at('decide', 'viewer').shown, 'while deciding, only the open cards').toBe(10);
    expect(at('brief', 'viewer').shown, 'before the decisions, the whole hand').toBe(20);
    expect(at('decide', 'viewer').leaveBelow).toBe(0);
    expect(at('decide', 'council').leaveBelow, "a council's hand leaves room for its proposals").toBe(CLASS_LINE_ROOM);
    expect(tableHand(null, look).total, 'no model yet: an empty hand').toBe(0);
  });
});

describe('the seed field', () => {
  it('accepts whole numbers from 0 to 2^32−1 and draws one when empty', () => {
    expect(parseSeed(' 42 ', () => 7)).toBe(42);
    expect(parseSeed('', () => 7)).toBe(7);
    expect(parseSeed('4294967295', () => 7)).toBe(4294967295);
    for (const bad of ['4294967296', '-1', '1.5', '1e3', 'seven'])
      expect(
        parseSeed(bad, () => 7),
        bad,
      ).toBeUndefined();
  });
});

describe('the settings', () => {
  const store = (value: string | null): Storage =>
    ({ getItem: () => value, setItem: () => undefined }) as unknown as Storage;

  it('keeps what was saved and ignores what is damaged', () => {
    expect(loadSettings(store('{"textSize":"larger","calm":true}'), false)).toEqual({ textSize: 'larger', calm: true });
    expect(loadSettings(store('{"textSize":"huge","calm":"yes"}'), false)).toEqual({ textSize: 'normal', calm: false });
    expect(loadSettings(store('not json'), true)).toEqual({ textSize: 'normal', calm: true });
    expect(loadSettings(undefined, false)).toEqual({ textSize: 'normal', calm: false });
  });
});

describe('the deliberation timer', () => {
  function clocked(memory?: TimerMemory) {
    let now = 0;
    const ticks: number[] = [];
    let done = 0;
    const timer = new DeliberationTimer(
      (left) => ticks.push(left),
      () => done++,
      () => now,
      memory,
    );
    return {
      timer,
      ticks,
      advance: (ms: number) => {
        now += ms;
      },
      done: () => done,
    };
  }

  it('counts down with the clock, stands still while paused, follows extensions, and ends once', () => {
    const c = clocked();
    c.timer.sync({ key: 'g/1', seconds: 60, paused: false });
    c.advance(20_000);
    expect(c.timer.left).toBe(40);
    c.timer.sync({ key: 'g/1', seconds: 60, paused: true });
    c.advance(30_000);
    expect(c.timer.left).toBe(40);
    c.timer.sync({ key: 'g/1', seconds: 90, paused: false });
    expect(c.timer.left).toBe(70);
    c.advance(70_000);
    c.timer.sync({ key: 'g/1', seconds: 90, paused: false });
    expect(c.done()).toBe(1);
    c.timer.sync({ key: 'g/1', seconds: 90, paused: false });
    expect(c.done()).toBe(1);
    // A new round starts a new countdown.
    c.timer.sync({ key: 'g/2', seconds: 30, paused: false });
    expect(c.timer.left).toBe(30);
    c.timer.stop();
  });

  it('after a reload, goes on from the time its memory kept for the same deliberation only', () => {
    let kept: SpentTime | null = null;
    const memory: TimerMemory = {
      read: () => kept,
      write: (spent) => {
        kept = spent;
      },
    };
    const before = clocked(memory);
    before.timer.sync({ key: 'g/3', seconds: 120, paused: false });
    before.advance(45_400);
    before.timer.sync({ key: 'g/3', seconds: 120, paused: false });
    expect(kept).toEqual({ key: 'g/3', elapsed: 45 });
    before.timer.stop();
    // The page reloads: a new timer, a new clock, the same memory.
    const after = clocked(memory);
    after.timer.sync({ key: 'g/3', seconds: 120, paused: false });
    expect(after.timer.left).toBe(75);
    after.timer.forget();
    expect(kept).toBeNull();
    // Another game's deliberation does not inherit the time.
    kept = { key: 'other/3', elapsed: 100 };
    const other = clocked(memory);
    other.timer.sync({ key: 'g/3', seconds: 120, paused: false });
    expect(other.timer.left).toBe(120);
    other.timer.forget();
  });
});
