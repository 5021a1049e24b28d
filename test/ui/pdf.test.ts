import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Game } from '../../src/engine/game';
import type { PlayerEvent } from '../../src/engine/game-events';
import { viewOf } from '../../src/engine/views';
import { debriefPdf } from '../../src/ui/export/pdf';
import { debriefModel } from '../../src/view/debrief-model';
import { northsea } from '../support/scenarios';
import { readPdf } from './support/read-pdf';
import { t, words } from './support/words';

const FONT = readFileSync(
  fileURLToPath(import.meta.resolve('@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf')),
).toString('base64');

function game(): Game {
  const g = new Game(northsea(), 3);
  const send = (event: PlayerEvent) => expect(g.send(event)).toEqual({ ok: true });
  send({
    type: 'game.start',
    length: 'short',
    requireRationale: true,
    teams: [
      { id: 'team-1', name: '서울 팀', seat: 'cabinet', role: 'premier' },
      { id: 'team-2', name: 'Koravia desk', seat: 'koravia' },
    ],
  });
  send({ type: 'brief.done' });
  send({ type: 'deliberation.done' });
  send({
    type: 'card.play',
    seat: 'cabinet',
    card: 'send-medicine',
    team: 'team-1',
    rationale: '작은 도움이 신뢰를 쌓는다. Small help builds trust.',
  });
  send({ type: 'facilitator.end' });
  return g;
}

describe('PDF handout', () => {
  const g = game();
  const model = debriefModel(g.rules.index, viewOf(g, { kind: 'facilitator' }), words);

  for (const [paper, size] of [
    ['a4', [595.28, 841.89]],
    ['letter', [612, 792]],
  ] as const)
    it(`is ${paper} with the teams, a rationale and the ending readable as text, Hangul included`, async () => {
      const bytes = new Uint8Array(await debriefPdf(model, t, paper, FONT));
      expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
      // The embedded font is cut down to the glyphs used, so a handout stays small.
      expect(bytes.byteLength).toBeLessThan(1_000_000);
      const pdf = await readPdf(bytes);
      expect(pdf.size[0]).toBeCloseTo(size[0], 0);
      expect(pdf.size[1]).toBeCloseTo(size[1], 0);
      const text = pdf.pages.join('\n');
      expect(text).toContain('서울 팀');
      expect(text).toContain('Koravia desk');
      expect(text).toContain('작은 도움이 신뢰를 쌓는다.');
      const ending = g.rules.index.scenario.endings.find((e) => e.id === g.context.ending);
      expect(ending).toBeDefined();
      expect(text).toContain(ending?.label ?? '');
      expect(text).toContain('Why did you climb, or not?');
    });
});
