import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Actor, createActor } from 'xstate';
import type { PlayerEvent } from '../../src/engine/game-events';
import type { GameMachine } from '../../src/engine/machine';
import { formatProblem } from '../../src/engine/problems';
import { loadSave, saveOf } from '../../src/engine/save';
import { play } from '../support/play';
import { northsea } from '../support/scenarios';

const rules = northsea();

/**
 * Golden row "strike weapons after the red line is crossed" (seed 3, long): every kind of step —
 * news, ladder moves with rolls, reactions, a locked step opened, an ending before the last round.
 */
const SEED = 3;
const round = (...cards: string[]): PlayerEvent[] => [
  { type: 'brief.done' },
  { type: 'deliberation.done' },
  ...cards.map((card) => ({ type: 'card.play' as const, seat: 'cabinet', card })),
  { type: 'turn.end' },
  { type: 'round.next' },
];
const SCRIPT: PlayerEvent[] = [
  { type: 'game.start', length: 'long' },
  ...round('start-training'),
  ...round('ship-air-defence'),
  ...round(),
  ...round('ship-strike'),
];

function started(events: readonly PlayerEvent[]): Actor<GameMachine> {
  const actor = createActor(rules.machine, { input: { seed: SEED } });
  actor.start();
  for (const e of events) actor.send(e);
  return actor;
}

/** The persisted snapshot, as a browser would keep it: JSON text, parsed back. */
function restored(actor: Actor<GameMachine>): Actor<GameMachine> {
  const text = JSON.stringify(actor.getPersistedSnapshot());
  // The machine's type asks for its input; with a snapshot, XState takes the context from it instead.
  const copy = createActor(rules.machine, { snapshot: JSON.parse(text), input: { seed: -1 } });
  copy.start();
  return copy;
}

/** Where in the script to persist: after how many events, and the phase that is. */
const stops: [string, number, string][] = [
  ['at the brief of round 1', 1, 'brief'],
  ['at the decision, before a card', 3, 'decide'],
  ['at the decision, after the air defence and its roll', 9, 'decide'],
  ['mid-resolve, after the reactions of round 2', 10, 'resolve'],
  ['mid-resolve of the last round', SCRIPT.length - 1, 'resolve'],
];

describe('a persisted snapshot resumes the game', () => {
  it.each(stops)('%s', (_, at, phase) => {
    const original = started(SCRIPT.slice(0, at));
    const value = original.getSnapshot().value;
    expect(typeof value === 'string' ? value : value.playing.flow).toBe(phase);
    const copy = restored(original);
    // Restoring runs no entry action again: a resolve is not resolved twice, a brief not drawn twice.
    expect(copy.getSnapshot().context).toEqual(original.getSnapshot().context);
    expect(copy.getSnapshot().value).toEqual(value);
    for (const event of SCRIPT.slice(at)) {
      original.send(event);
      copy.send(event);
      expect(copy.getSnapshot().value).toEqual(original.getSnapshot().value);
      expect(copy.getSnapshot().context).toEqual(original.getSnapshot().context);
    }
    expect(copy.getSnapshot().status).toBe('done');
    expect(copy.getSnapshot().context.ending).toBe('drawn-in');
  });

  it('keeps the generator where it was, so the rolls to come are the same', () => {
    // Persisted before the air defence is shipped: its embargo roll (.214 < .5) must still succeed.
    const original = started(SCRIPT.slice(0, 8));
    const copy = restored(original);
    expect(copy.getSnapshot().context.rng).toBe(original.getSnapshot().context.rng);
    expect(copy.getSnapshot().context.log.some((e) => e.kind === 'roll')).toBe(false);
    copy.send({ type: 'card.play', seat: 'cabinet', card: 'ship-air-defence' });
    expect(copy.getSnapshot().context.playedThisRound).toEqual(['ship-air-defence']);
    const roll = copy.getSnapshot().context.log.findLast((e) => e.kind === 'roll');
    expect(roll).toMatchObject({
      label: 'Koravia answers with an embargo',
      success: true,
      roll: expect.closeTo(0.214, 3),
    });
    expect(copy.getSnapshot().context.rungs).toEqual({ norvalia: 'air-defence', koravia: 'embargo' });
  });

  it('refuses, after restoring, what the original refuses', () => {
    const copy = restored(started(SCRIPT.slice(0, 4)));
    const before = copy.getSnapshot();
    copy.send({ type: 'card.play', seat: 'cabinet', card: 'ship-strike' });
    copy.send({ type: 'round.next' });
    expect(copy.getSnapshot()).toBe(before);
  });
});

const dir = mkdtempSync(join(tmpdir(), 'red-lines-save-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes the text to a real file and reads it back, as a person saving and opening it would. */
function throughFile(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text, 'utf8');
  return readFileSync(file, 'utf8');
}

/** The fixture's script played to its ending. */
function finished() {
  const p = play(rules, { seed: SEED });
  for (const event of SCRIPT) p.send(event);
  return p.expectEnding('drawn-in');
}

/** The problem lines for a save file's text. */
function problems(text: string): string[] {
  const loaded = loadSave(rules, throughFile('bad.json', text));
  return loaded.ok ? [] : loaded.problems.map(formatProblem);
}

const good = () => saveOf(finished().game);

describe('a save file', () => {
  it('holds the seed and the events, and replays to the same game', () => {
    const p = finished();
    const save = saveOf(p.game);
    expect(save).toEqual({
      format: 'red-lines-save',
      formatVersion: 1,
      scenarioId: 'northsea-2031',
      scenarioVersion: '1.0.0',
      seed: SEED,
      events: SCRIPT,
    });
    const loaded = loadSave(rules, throughFile('ended.json', JSON.stringify(save, null, 2)));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.context).toEqual(p.context);
    expect(loaded.value.snapshot.value).toBe('drawn-in');
    expect(loaded.value.events).toEqual(p.game.events);
  });

  it('replays a game saved mid-round, which then plays on like the original', () => {
    const p = play(rules, { seed: SEED });
    for (const event of SCRIPT.slice(0, 10)) p.send(event);
    const loaded = loadSave(rules, throughFile('mid.json', JSON.stringify(saveOf(p.game))));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    for (const event of SCRIPT.slice(10)) {
      expect(loaded.value.send(event)).toEqual(p.game.send(event));
      expect(loaded.value.context).toEqual(p.context);
    }
  });
});

describe('a save file that cannot be replayed', () => {
  it('refuses a corrupt file, and says where', () => {
    expect(problems('')).toEqual(['$: expected a JSON document, found an empty file']);
    // Cut off inside the last event's type: the string never ends.
    const cut = JSON.stringify(good()).slice(0, -6);
    expect(cut.endsWith('"round.ne')).toBe(true);
    expect(problems(cut)).toEqual([
      `$ (line 1, column ${cut.length + 1}): expected valid JSON, found unterminated string`,
    ]);
    expect(problems('{\n  "format": "red-lines-save",\n  "seed": 3,\n  "events": [\n')).toEqual([
      '$ (line 5, column 1): expected valid JSON, found unexpected end of JSON input',
    ]);
    expect(problems('{"format": "red-lines-save", "__proto__": {"admin": true}}')).toEqual([
      '$.__proto__: expected an ordinary key, found the reserved key "__proto__"',
    ]);
  });

  it('refuses a file of the wrong shape', () => {
    const save = { ...good(), seed: -1, events: [{ type: 'card.play', card: 'send-medicine' }, { type: 'cheat' }] };
    expect(problems(JSON.stringify(save))).toEqual([
      '$.seed: expected at least 0, found number -1',
      '$.events[0].seat: expected a string, found nothing',
      '$.events[1].type: expected one of "game.start", "brief.done", "deliberation.done", "card.play", "card.propose", "card.withdraw", "council.decide", "vote.cast", "turn.end", "round.next", "facilitator.pause", "facilitator.resume", "facilitator.extend", "facilitator.inject", "facilitator.write", "facilitator.undo", "facilitator.end", found "cheat"',
    ]);
    expect(problems(JSON.stringify({ ...good(), format: 'red-lines-scenario', formatVersion: 2 }))).toEqual([
      '$.format: expected one of "red-lines-save", found "red-lines-scenario"',
      '$.formatVersion: expected one of 1, found number 2',
    ]);
  });

  it('refuses a save of another scenario', () => {
    expect(problems(JSON.stringify({ ...good(), scenarioId: 'seoul-2024' }))).toEqual([
      '$.scenarioId: expected "northsea-2031", found "seoul-2024"',
    ]);
  });

  it('refuses a save of another version of the scenario', () => {
    expect(problems(JSON.stringify({ ...good(), scenarioVersion: '0.9.0' }))).toEqual([
      '$.scenarioVersion: expected "1.0.0" (the version loaded), found "0.9.0"',
    ]);
  });

  it('refuses a save whose events the game would not accept, naming the first', () => {
    const save = good();
    // The strike weapons moved to the decision of round 2 (event 8), where Norvalia is training:
    // no step leads from there to strike weapons.
    const events = [...save.events];
    expect(events[8]).toEqual({ type: 'card.play', seat: 'cabinet', card: 'ship-air-defence' });
    events.splice(8, 0, { type: 'card.play', seat: 'cabinet', card: 'ship-strike' });
    expect(problems(JSON.stringify({ ...save, events }))).toEqual([
      '$.events[8]: expected an event the game accepts at that point, found "card.play", refused (no-step)',
    ]);
  });
});
