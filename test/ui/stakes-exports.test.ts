/**
 * The debrief's own stakes on the fixture with every council rule: each role's and seat's
 * objectives beside the council's, with the teams that held them, and the aftermath told as a
 * projection, in the model, the Markdown and the PDF (both read back).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Game } from '../../src/engine/game';
import type { PlayerEvent } from '../../src/engine/game-events';
import { viewOf } from '../../src/engine/views';
import { debriefMarkdown } from '../../src/ui/export/markdown';
import { debriefPdf } from '../../src/ui/export/pdf';
import { debriefModel } from '../../src/view/debrief-model';
import { addCouncilRules } from '../support/council-fixture';
import { NORTHSEA_PATH, variant } from '../support/scenarios';
import { readPdf } from './support/read-pdf';
import { t, words } from './support/words';

const FONT = readFileSync(
  fileURLToPath(import.meta.resolve('@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf')),
).toString('base64');

/** A class of a premier and a trade team played to the end of the short game, through its aftermath. */
function finished(): Game {
  const game = new Game(variant(NORTHSEA_PATH, addCouncilRules), 4);
  const send = (event: PlayerEvent) => expect(game.send(event), JSON.stringify(event)).toEqual({ ok: true });
  send({
    type: 'game.start',
    length: 'short',
    teams: [
      { id: 'p', name: 'Premier team', seat: 'cabinet', role: 'premier' },
      { id: 'tr', name: 'Trade team', seat: 'cabinet', role: 'trade' },
    ],
  });
  const ended = () => game.phase === 'ended';
  while (!ended())
    for (const type of ['brief.done', 'deliberation.done', 'turn.end', 'round.next'] as const)
      if (!ended()) send({ type });
  return game;
}

describe("the debrief's own stakes", () => {
  const game = finished();
  const model = debriefModel(game.rules.index, viewOf(game, { kind: 'facilitator' }), words);
  const aftermathRounds = game.context.log.filter((e) => e.kind === 'round' && e.aftermath === true).length;

  it('lists every role and seat with objectives, who held it, and the aftermath as a projection', () => {
    expect(model.own.stakes.map((s) => [s.label, s.teams])).toEqual(
      [
        ['Premier', ['Premier team']],
        ['Trade minister', ['Trade team']],
        ['Security adviser', []],
        ['Opposition leader', []],
        ['Koravia', []],
      ].map(([label, teams]) => [label === 'Koravia' ? game.rules.index.scenario.seats[1]?.label : label, teams]),
    );
    expect(model.own.stakes[1]?.scores.map((s) => s.score)).toEqual([game.context.meters.economy]);
    expect(aftermathRounds).toBeGreaterThan(0);
    expect(model.own.aftermath?.rounds[0]?.label).toBe('July 2031 (projected)');
    expect(model.rounds.at(-1)?.label).toContain('(projected)');
  });

  it('the Markdown and the PDF say the same, read back', async () => {
    const md = debriefMarkdown(model, t);
    expect(md).toContain("## Every role's own stake");
    expect(md).toContain('### Trade minister (Norvalia');
    expect(md).toContain(`- Keep the ports open: ${game.context.meters.economy} of 100`);
    expect(md).toContain('- Held by Trade team.');
    expect(md).toContain('### After the last round: a projection');
    expect(md).toContain('July 2031 (projected)');
    const pdf = await readPdf(new Uint8Array(await debriefPdf(model, t, 'a4', FONT)));
    const text = pdf.pages.join('\n').replace(/\s+/g, ' ');
    expect(text).toContain("Every role's own stake");
    expect(text).toContain('Trade minister');
    expect(text).toContain(`Keep the ports open: ${game.context.meters.economy} of 100`);
    expect(text).toContain('After the last round: a projection');
    expect(text).toContain('Played by the computer.');
  });
});
