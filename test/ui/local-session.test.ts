/** A game in this tab behind the Session contract: views per viewer, intents with their answers, saves. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Game } from '../../src/engine/game';
import { parseScenarioText } from '../../src/engine/scenario-parse';
import { LocalSession } from '../../src/session/local-session';
import { ScenarioLibrary } from '../../src/session/scenario-library';

const parsed = parseScenarioText(readFileSync('test/fixtures/northsea-2031/scenario.json', 'utf8'));
if (!parsed.ok) throw new Error('fixture does not parse');
const scenario = parsed.value;
const library = new ScenarioLibrary();

function started(): LocalSession {
  const game = new Game(library.rules(scenario), 5);
  const session = new LocalSession(game, { kind: 'seat', seat: scenario.player });
  session.sendNow({ type: 'game.start', length: 'short' });
  return session;
}

describe('a local session', () => {
  it('answers intents: accepted, or refused with the reason and the view unchanged', async () => {
    const session = started();
    const before = session.view();
    const refused = await session.send({ type: 'turn.end' });
    expect(refused.ok).toBe(false);
    expect('refusal' in refused && refused.refusal.code).toBe('wrong-phase');
    expect(session.view()).toBe(before);
    expect(await session.send({ type: 'brief.done' })).toEqual({ ok: true });
    expect(session.view().phase).toBe('deliberate');
    expect(session.connection()).toBe('local');
  });

  it('tells its subscribers each new view once, and stops when closed', async () => {
    const session = started();
    const seen: string[] = [];
    session.subscribe((view) => seen.push(view.phase));
    await session.send({ type: 'brief.done' });
    await session.send({ type: 'deliberation.done' });
    session.close();
    await session.send({ type: 'card.play', seat: scenario.player, card: 'send-medicine' });
    expect(seen).toEqual(['deliberate', 'decide']);
  });

  it('shows each viewer its own part of the same game', async () => {
    const session = started();
    await session.send({ type: 'brief.done' });
    await session.send({ type: 'deliberation.done' });
    const projector = session.as({ kind: 'projector' });
    const facilitator = session.as({ kind: 'facilitator' });
    expect(session.view().hand.length).toBeGreaterThan(0);
    expect(projector.view().hand).toEqual([]);
    expect(projector.view().injectable).toEqual([]);
    expect(facilitator.view().injectable.length).toBeGreaterThan(0);
    expect(JSON.stringify(projector.view())).not.toContain('"rng"');
    await session.send({ type: 'facilitator.end' });
    expect(projector.view().phase).toBe('ended');
    expect(projector.view().seed).toBe(5);
    expect(projector.view().outcome?.scores.length).toBe(scenario.objectives.length);
  });

  it('saves the seed and the events it accepted', async () => {
    const session = started();
    await session.send({ type: 'brief.done' });
    const save = await session.save();
    expect(save.seed).toBe(5);
    expect(save.events.map((e) => e.type)).toEqual(['game.start', 'brief.done']);
  });
});

describe('the scenario library', () => {
  it('prepares a scenario once per id and version, and apart when the content differs', () => {
    const lib = new ScenarioLibrary();
    const rules = lib.rules(scenario);
    expect(lib.rules(scenario)).toBe(rules);
    expect(lib.rules(structuredClone(scenario))).toBe(rules);
    const edited = { ...structuredClone(scenario), title: 'Edited' };
    expect(lib.rules(edited)).not.toBe(rules);
    expect(lib.rules(edited).index.scenario.title).toBe('Edited');
  });

  it('loads a bundled scenario once, and again after a failed load', async () => {
    let fetches = 0;
    let fail = true;
    const lib = new ScenarioLibrary([
      {
        folder: 'northsea',
        fetch: async () => {
          fetches++;
          if (fail) throw new Error('network dropped');
          return scenario;
        },
      },
    ]);
    const [entry] = lib.catalog();
    expect((await entry?.load())?.ok).toBe(false);
    fail = false;
    expect((await entry?.load())?.ok).toBe(true);
    await lib.bundled();
    expect(await lib.rulesFor(scenario.id, scenario.version)).toBe(lib.rules(scenario));
    expect(fetches).toBe(2);
  });
});
