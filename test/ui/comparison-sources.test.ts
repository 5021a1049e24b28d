/**
 * The other countries' ladders in the debrief: every step of Seoul's comparisons carries its own
 * linked sources, in the debrief's model, in the Markdown (a sources line under each step) and
 * in the PDF handout read back as text.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Game } from '../../src/engine/game';
import { viewOf } from '../../src/engine/views';
import { debriefMarkdown, escapeMarkdown } from '../../src/ui/export/markdown';
import { debriefPdf } from '../../src/ui/export/pdf';
import { debriefModel, sourceText } from '../../src/view/debrief-model';
import { readableDate } from '../../src/view/language';
import { loadScenario, rulesOf, SEOUL_PATH } from '../support/scenarios';
import { readPdf } from './support/read-pdf';
import { t, words } from './support/words';

const FONT = readFileSync(
  fileURLToPath(import.meta.resolve('@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf')),
).toString('base64');

describe("the other countries' ladders, step by step with sources", () => {
  const seoul = loadScenario(SEOUL_PATH);
  const game = new Game(rulesOf(SEOUL_PATH), 4);
  game.send({ type: 'game.start', length: 'short' });
  game.send({ type: 'facilitator.end' });
  const model = debriefModel(game.rules.index, viewOf(game, { kind: 'facilitator' }), words);
  const byId = new Map(seoul.sources.map((s) => [s.id, s]));

  it('resolves every step of the scenario to its own linked sources', () => {
    expect(model.comparisons.map((c) => c.id)).toEqual(seoul.debrief.comparisons.map((c) => c.id));
    for (const [i, c] of seoul.debrief.comparisons.entries()) {
      const steps = model.comparisons[i]?.steps ?? [];
      expect(steps.map((s) => [s.date, s.text])).toEqual(c.steps.map((s) => [s.date, s.text]));
      for (const [j, st] of c.steps.entries()) {
        expect(st.sources.length, `${c.id} ${st.date}`).toBeGreaterThan(0);
        expect(steps[j]?.sources).toEqual(st.sources.map((id) => byId.get(id)));
        for (const src of steps[j]?.sources ?? []) expect(src.url).toMatch(/^https:\/\//);
      }
    }
  });

  it('writes each step in the Markdown with its sources on the line below', () => {
    const md = debriefMarkdown(model, t);
    const heading = `## ${escapeMarkdown(t('classroom.debrief.comparisons'))}`;
    expect(md).toContain(heading);
    const lines = md.slice(md.indexOf(heading)).split('\n');
    for (const c of model.comparisons)
      for (const st of c.steps) {
        const at = lines.indexOf(`- ${escapeMarkdown(readableDate(st.date, 'en'))}: ${escapeMarkdown(st.text)}`);
        expect(at, st.text).toBeGreaterThan(-1);
        expect(lines[at + 1]).toBe(
          `  - Sources: ${st.sources.map((s) => escapeMarkdown(sourceText(s, 'en'))).join('; ')}`,
        );
      }
  });

  it('prints each step and its sources in the PDF handout', async () => {
    const pdf = await readPdf(new Uint8Array(await debriefPdf(model, t, 'a4', FONT)));
    // Without the page footers, which may fall inside a line of sources.
    const footer = new RegExp(`${seoul.title} · \\d+ / \\d+`, 'g');
    const text = pdf.pages
      .map((p) => p.replace(footer, ''))
      .join('\n')
      .replace(/\s+/g, ' ');
    // In order: each comparison's label, then its steps, each followed by its sources.
    let at = text.indexOf(t('classroom.debrief.comparisons'));
    expect(at).toBeGreaterThan(-1);
    for (const c of model.comparisons) {
      at = text.indexOf(c.label, at);
      expect(at, c.label).toBeGreaterThan(-1);
      for (const st of c.steps) {
        at = text.indexOf(`${readableDate(st.date, 'en')}: `, at);
        expect(at, `${c.id} ${st.date}`).toBeGreaterThan(-1);
        const next = text.indexOf('Sources: ', at);
        expect(next, `${c.id} ${st.date}`).toBeGreaterThan(-1);
        for (const src of st.sources) expect(text.slice(next, next + 800)).toContain(src.publisher);
      }
    }
  });
});
