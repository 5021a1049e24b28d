import { describe, expect, it } from 'vitest';
import { compareCases } from '../../src/app/compare-cases';
import { Game } from '../../src/engine/game';
import type { PlayerEvent } from '../../src/engine/game-events';
import { saveOf } from '../../src/engine/save';
import { viewOf } from '../../src/engine/views';
import { ScenarioLibrary } from '../../src/session/scenario-library';
import { SessionStore } from '../../src/session/session-store';
import { caseComparisonBlocks, caseComparisonMarkdown } from '../../src/ui/export/case-comparison-export';
import { debriefMarkdown, escapeMarkdown } from '../../src/ui/export/markdown';
import { debriefPdf } from '../../src/ui/export/pdf';
import type { CaseComparison } from '../../src/view/case-comparison';
import { debriefModel } from '../../src/view/debrief-model';
import { loadScenario, SEOUL_PATH, scenarioData } from '../support/scenarios';
import { pdfFontBase64 } from './support/pdf-font';
import { readPdf } from './support/read-pdf';
import { t, words } from './support/words';

const BERLIN_PATH = SEOUL_PATH.replace('seoul-2024', 'berlin-2022');

/** localStorage as the browser has it, in memory. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.items.set(k, v);
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
  clear() {
    this.items.clear();
  }
}

/** A solo game of `rules` played to its end, trying `cards` (by id) in the first rounds. */
function finished(library: ScenarioLibrary, path: string, cards: string[][]): Game {
  const game = new Game(library.rules(loadScenario(path)), 3);
  const send = (event: PlayerEvent) => expect(game.send(event), JSON.stringify(event)).toEqual({ ok: true });
  send({ type: 'game.start', length: 'short' });
  const seat = game.rules.index.scenario.player;
  const ended = () => game.phase === ('ended' as string);
  for (let r = 0; !ended(); r++) {
    send({ type: 'brief.done' });
    send({ type: 'deliberation.done' });
    for (const card of cards[r] ?? []) send({ type: 'card.play', seat, card });
    if (!ended()) send({ type: 'turn.end' });
    if (!ended()) send({ type: 'round.next' });
  }
  return game;
}

const library = new ScenarioLibrary([
  { folder: 'seoul-2024', fetch: async () => scenarioData(SEOUL_PATH) },
  { folder: 'berlin-2022', fetch: async () => scenarioData(BERLIN_PATH) },
]);

describe('two cases side by side', () => {
  const berlin = finished(library, BERLIN_PATH, [['turning-point', 'anti-tank-stingers']]);
  const berlinContext = { scenario: berlin.rules.index.scenario, context: berlin.context };

  it('reads the other case from the library and says when this browser has not finished a game of it', async () => {
    const [cmp, ...more] = await compareCases(
      { library, store: new SessionStore({ storage: new MemoryStorage() }) },
      berlinContext,
    );
    expect(more).toEqual([]);
    const [here, seoul] = (cmp as CaseComparison).cases;
    expect([here.scenarioId, seoul.scenarioId]).toEqual(['berlin-2022', 'seoul-2024']);
    // Berlin's class climbed to the anti-tank weapons; the real government stopped at battle tanks.
    expect(here.played?.peak).toBe('Anti-tank and anti-aircraft weapons from stocks');
    expect(here.rungs.filter((r) => r.classPeak).map((r) => r.id)).toEqual(['light-arms']);
    expect(here.rungs.filter((r) => r.realPeak).map((r) => r.id)).toEqual(['battle-tanks']);
    // The class dropped the line against lethal arms: its pledge is listed as broken.
    expect(here.played?.lines).toEqual([{ label: 'No lethal weapons', declared: 'public', status: 'broken' }]);
    expect(here.feared.length).toBeGreaterThanOrEqual(3);
    expect(here.lines.map((l) => l.outcome)).toContain('dropped');
    for (const l of here.lines) expect(l.sources.length, l.text).toBeGreaterThan(0);
    // Seoul's real path reaches intelligence sharing at most: its highest rung is marked.
    const seoulScenario = loadScenario(SEOUL_PATH);
    const steps = seoulScenario.debrief.actualPath?.steps ?? [];
    const order = seoulScenario.ladders[0]?.rungs.map((r) => r.id) ?? [];
    const top = steps.map((s) => s.rung).sort((a, b) => order.indexOf(b) - order.indexOf(a))[0];
    expect(seoul.rungs.filter((r) => r.realPeak).map((r) => r.id)).toEqual([top]);
    expect(seoul.played).toBeNull();
    expect(cmp?.questions.map((q) => q.id)).toContain('compare-first-line');
  });

  it("sets the latest finished game of the other case beside this one, with the class's lines", async () => {
    const store = new SessionStore({ storage: new MemoryStorage() });
    const seoulGame = finished(library, SEOUL_PATH, []);
    const meta = {
      id: 's1',
      name: 'Period 3, Seoul',
      scenarioId: 'seoul-2024',
      scenarioTitle: 'Seoul',
      teams: [],
      round: seoulGame.context.round,
      rounds: seoulGame.context.round,
      ending: seoulGame.context.ending,
      created: 1,
      updated: 2,
    };
    expect(store.write({ meta, save: saveOf(seoulGame) })).toEqual({ ok: true });
    // An unfinished game is not compared.
    expect(store.write({ meta: { ...meta, id: 's2', ending: '', updated: 3 }, save: saveOf(seoulGame) })).toEqual({
      ok: true,
    });
    const [cmp] = await compareCases({ library, store }, berlinContext);
    const seoul = cmp?.cases[1];
    expect(seoul?.played?.name).toBe('Period 3, Seoul');
    // A Berlin game that never dropped the line kept its pledge to the end.
    const quiet = finished(library, BERLIN_PATH, []);
    const [kept] = await compareCases(
      { library, store },
      { scenario: quiet.rules.index.scenario, context: quiet.context },
    );
    expect(kept?.cases[0].played?.lines).toEqual([{ label: 'No lethal weapons', declared: 'public', status: 'kept' }]);
    const start = loadScenario(SEOUL_PATH).ladders[0]?.start;
    expect(seoul?.rungs.find((r) => r.classEnd)?.id).toBe(
      seoulGame.context.rungs[loadScenario(SEOUL_PATH).ladders[0]?.id ?? ''] ?? start,
    );

    // The exports carry the section: the Markdown and the PDF read back.
    const model = {
      ...debriefModel(berlin.rules.index, viewOf(berlin, { kind: 'facilitator' }), words),
      cases: cmp ? [cmp] : [],
    };
    const md = debriefMarkdown(model, t);
    expect(md).toContain(`## ${escapeMarkdown(t('cases.title', { a: 'Berlin, 2022–2024', b: seoul?.title ?? '' }))}`);
    expect(md).toContain(
      escapeMarkdown(
        t('cases.played-other', {
          name: 'Period 3, Seoul',
          peak: seoul?.played?.peak ?? '',
          end: seoul?.played?.end ?? '',
        }),
      ),
    );
    expect(md).toContain(escapeMarkdown(t('cases.mark-real')));
    expect(md).toContain(escapeMarkdown(cmp?.questions[0]?.text ?? 'none'));
    expect(caseComparisonMarkdown(caseComparisonBlocks([], t, 'en'), escapeMarkdown)).toEqual([]);
    const pdf = await readPdf(new Uint8Array(await debriefPdf(model, t, 'a4', pdfFontBase64())));
    const flat = pdf.pages.join(' ').replace(/\s+/g, ' ');
    expect(flat).toContain(t('cases.questions'));
    expect(flat).toContain('Period 3, Seoul');
  });

  it('compares nothing for a scenario without a real path', async () => {
    const data = scenarioData(BERLIN_PATH) as { debrief: { actualPath?: unknown } };
    delete data.debrief.actualPath;
    const lone = new ScenarioLibrary([{ folder: 'x', fetch: async () => data }]);
    const parsed = (await lone.bundled())[0];
    expect(parsed?.ok).toBe(true);
    if (parsed?.ok)
      expect(await compareCases({ library }, { scenario: parsed.value, context: berlin.context })).toEqual([]);
  });
});
