/**
 * The PDF handout as a teacher prints it: the ladders and the meters are pictures, not only
 * words, and no heading is left alone at the foot of a page.
 */
import { describe, expect, it } from 'vitest';
import { viewOf } from '../../src/engine/views';
import { debriefPdf } from '../../src/ui/export/pdf';
import { debriefModel } from '../../src/view/debrief-model';
import { playScript } from '../support/random-play';
import { rulesOf, SEOUL_PATH } from '../support/scenarios';
import { pdfFontBase64 } from './support/pdf-font';
import { readPdfLayout } from './support/read-pdf';
import { t, words } from './support/words';

/** Headings are set at 12 points and up; body text below that. */
const HEADING_SIZE = 12;

describe('the PDF handout of a whole Seoul game', async () => {
  const rules = rulesOf(SEOUL_PATH);
  const game = playScript(rules, { seed: 5, length: 'long', choices: [2, 7, 1, 8, 2, 8, 1, 8] });
  const model = debriefModel(rules.index, viewOf(game, { kind: 'facilitator' }), words, game.events);
  const pages = await readPdfLayout(new Uint8Array(await debriefPdf(model, t, 'a4', pdfFontBase64())));
  const pageOf = (heading: string) => pages.findIndex((p) => p.lines.some((l) => l.text === heading));

  it('draws each ladder and each meter as a picture', () => {
    expect(pages.length).toBeGreaterThan(3);
    const ladders = pageOf('The ladders');
    const meters = pageOf('Meters over the rounds');
    expect(ladders).toBeGreaterThanOrEqual(0);
    expect(meters).toBeGreaterThanOrEqual(0);
    // A ladder of six rungs and one of five: a box per rung at least, on the ladders' page or the next.
    const ladderShapes = (pages[ladders]?.shapes ?? 0) + (pages[ladders + 1]?.shapes ?? 0);
    expect(ladderShapes).toBeGreaterThanOrEqual(11);
    // Six charts: a frame and a line per round played at least.
    const meterShapes = (pages[meters]?.shapes ?? 0) + (pages[meters + 1]?.shapes ?? 0);
    expect(meterShapes).toBeGreaterThanOrEqual(6 * (1 + model.rounds.length));
    // The endings' lines cross the charts: the spiral's 78 on Risk from Moscow.
    expect(
      pages[meters]?.lines.some((l) => l.text === '78') || pages[meters + 1]?.lines.some((l) => l.text === '78'),
    ).toBe(true);
  });

  // Games and papers whose handouts, before headings were kept with what follows them, ended a
  // page with a ladder's, a round's or a section's heading.
  it.each([
    [2, 'a4'],
    [6, 'letter'],
    [8, 'letter'],
    [10, 'letter'],
    [11, 'a4'],
  ] as const)('never leaves a heading alone at the foot of a page (game %i, %s)', async (seed, paper) => {
    const played = playScript(rules, {
      seed,
      length: seed % 2 ? 'long' : 'short',
      choices: [seed, 7, 1, 8, 2, 8, 1, 8],
    });
    const handout = debriefModel(rules.index, viewOf(played, { kind: 'facilitator' }), words, played.events);
    const laid = await readPdfLayout(new Uint8Array(await debriefPdf(handout, t, paper, pdfFontBase64())));
    for (const [i, page] of laid.entries()) {
      // The page's own footer (title and page number) sits below everything else.
      const body = page.lines.filter((l) => !l.text.includes(` · ${i + 1} / ${laid.length}`));
      const last = body.at(-1);
      expect(last, `page ${i + 1} has text`).toBeDefined();
      expect(last?.size ?? 0, `page ${i + 1} ends with "${last?.text}"`).toBeLessThan(HEADING_SIZE);
    }
  });
});
