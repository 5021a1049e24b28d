/**
 * What really happened, in the debrief's model and its exports: Seoul's real path (every act with
 * its date, rung and linked sources) and the real counterpart of a hypothetical event the class
 * met, in the Markdown and in the PDF handout read back as text.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Game, prepare } from '../../src/engine/game';
import type { PlayerEvent } from '../../src/engine/game-events';
import { parseScenarioText } from '../../src/engine/scenario-parse';
import { viewOf } from '../../src/engine/views';
import { debriefMarkdown } from '../../src/ui/export/markdown';
import { debriefPdf } from '../../src/ui/export/pdf';
import { debriefModel } from '../../src/view/debrief-model';
import { readableDate } from '../../src/view/language';
import { datedFixtureData } from '../support/dated-fixture';
import { loadScenario, rulesOf, SEOUL_PATH } from '../support/scenarios';
import { readPdf } from './support/read-pdf';
import { t, words } from './support/words';

const FONT = readFileSync(
  fileURLToPath(import.meta.resolve('@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf')),
).toString('base64');

/** A Seoul game where the facilitator brings in the North's missile test (hypothetical, with a real counterpart), then ends. */
function seoulGame(): Game {
  const game = new Game(rulesOf(SEOUL_PATH), 4);
  const send = (event: PlayerEvent) => expect(game.send(event), JSON.stringify(event)).toEqual({ ok: true });
  send({ type: 'game.start', length: 'short' });
  send({ type: 'brief.done' });
  send({ type: 'facilitator.inject', event: 'missile-test' });
  send({ type: 'facilitator.end' });
  return game;
}

describe("Seoul's real path in the debrief", () => {
  const seoul = loadScenario(SEOUL_PATH);
  const real = seoul.debrief.actualPath;
  const game = seoulGame();
  const model = debriefModel(game.rules.index, viewOf(game, { kind: 'facilitator' }), words);
  const rungLabel = (id: string) => seoul.ladders[0]?.rungs.find((r) => r.id === id)?.label ?? '';

  it('holds every act of the scenario, numbered by date, on its rung, with its sources resolved', () => {
    expect(real).toBeDefined();
    const steps = model.actualPath?.steps ?? [];
    expect(model.actualPath?.ladder).toBe('seoul');
    expect(steps.map((s) => [s.n, s.date, s.rung, s.reported])).toEqual(
      (real?.steps ?? []).map((s, i) => [i + 1, s.date, s.rung, s.kind === 'reported']),
    );
    expect(steps.map((s) => s.rungLabel)).toEqual(steps.map((s) => rungLabel(s.rung)));
    for (const s of steps) {
      expect(s.sources.length).toBeGreaterThan(0);
      for (const src of s.sources) expect(src.url).toMatch(/^https:\/\//);
    }
  });

  it('tells what really happened for the hypothetical news the class met', () => {
    const event = seoul.events.find((e) => e.id === 'missile-test');
    expect(event?.kind).toBe('hypothetical');
    expect(model.counterparts).toContainEqual({
      round: 1,
      event: 'missile-test',
      title: event?.title,
      text: event?.actually?.text,
      sources: seoul.sources.filter((s) => event?.actually?.sources.includes(s.id)),
    });
    // Only news the class met, each once, and only news with a real counterpart.
    const met = game.context.log.flatMap((e) => (e.kind === 'event' ? [e.id] : []));
    for (const c of model.counterparts) {
      expect(met).toContain(c.event);
      expect(seoul.events.find((e) => e.id === c.event)?.actually).toBeDefined();
    }
    expect(new Set(model.counterparts.map((c) => c.event)).size).toBe(model.counterparts.length);
  });

  it('is in the Markdown: the path after the ladders, each act with its rung and sources, the counterpart in its round', () => {
    const md = debriefMarkdown(model, t);
    const path = md.slice(md.indexOf(`### ${real?.label}`));
    expect(md.indexOf(`### ${real?.label}`)).toBeGreaterThan(md.indexOf('## The ladders'));
    const acts = path.split('\n').filter((l) => /^\d+\. \*\*/.test(l));
    expect(acts).toHaveLength(real?.steps.length ?? -1);
    for (const [i, s] of (real?.steps ?? []).entries()) {
      expect(acts[i]).toContain(`${i + 1}. **${readableDate(s.date, 'en')} · ${rungLabel(s.rung)}`);
      if (s.kind === 'reported') expect(acts[i]).toContain('reported, never confirmed');
    }
    // Dates as a reader writes them, not as stored (2022-03-24).
    expect(acts[0]).toMatch(/^1\. \*\*24 March 2022 · /);
    expect(path).toContain('Sources: Yonhap');
    const round1 = md.slice(md.indexOf('### Round 1'), md.indexOf('### Round 2'));
    expect(round1).toContain('a hypothetical event: what really happened');
    expect(round1).toContain('Hwasong-19');
  });

  it('is in the PDF handout, read back as text', async () => {
    const pdf = await readPdf(new Uint8Array(await debriefPdf(model, t, 'a4', FONT)));
    const text = pdf.pages.join('\n').replace(/\s+/g, ' ');
    expect(text).toContain(real?.label ?? '?');
    for (const s of real?.steps ?? []) expect(text).toContain(`${readableDate(s.date, 'en')} · ${rungLabel(s.rung)}`);
    expect(text).toContain('a hypothetical event: what really happened');
    expect(text).toContain('Hwasong-19');
  });

  it('dates its acts and citations the Korean way when the debrief is read in Korean', async () => {
    const ko = debriefModel(game.rules.index, viewOf(game, { kind: 'facilitator' }), { ...words, lang: 'ko' });
    const md = debriefMarkdown(ko, t);
    expect(md).toContain('1. **2022년 3월 24일 · ');
    const pdf = await readPdf(new Uint8Array(await debriefPdf(ko, t, 'a4', FONT)));
    const text = pdf.pages.join('\n').replace(/\s+/g, ' ');
    for (const s of real?.steps ?? []) expect(text).toContain(`${readableDate(s.date, 'ko')} · ${rungLabel(s.rung)}`);
    expect(text).not.toContain('2022-03-24 · ');
  });
});

describe('a scenario without a real path', () => {
  it('draws none and exports none', () => {
    const data = datedFixtureData();
    delete data.debrief.actualPath;
    const parsed = parseScenarioText(JSON.stringify(data));
    if (!parsed.ok) throw new Error('the dated fixture does not parse');
    const game = new Game(prepare(parsed.value), 1);
    game.send({ type: 'game.start', length: 'short' });
    game.send({ type: 'facilitator.end' });
    const model = debriefModel(game.rules.index, viewOf(game, { kind: 'facilitator' }), words);
    expect(model.actualPath).toBeUndefined();
    expect(model.counterparts.map((c) => c.event)).toEqual(['war-begins']);
    expect(debriefMarkdown(model, t)).not.toContain('real government');
  });
});
