/**
 * The record keeps the facilitator's interventions: a decision taken back is in the on-screen
 * debrief's model, the Markdown and the PDF (not only in the JSON save), and a news item the
 * facilitator wrote is shown at the table as the facilitator's, not as "Hypothetical".
 */
import { describe, expect, it } from 'vitest';
import { Game } from '../../src/engine/game';
import type { PlayerEvent } from '../../src/engine/game-events';
import { viewOf } from '../../src/engine/views';
import { debriefMarkdown } from '../../src/ui/export/markdown';
import { debriefPdf } from '../../src/ui/export/pdf';
import { debriefModel } from '../../src/view/debrief-model';
import { undoneDecisions } from '../../src/view/interventions';
import { english } from '../../src/view/locale';
import { tableModel } from '../../src/view/table-model';
import { addCouncilRules } from '../support/council-fixture';
import { NORTHSEA_PATH, northsea, variant } from '../support/scenarios';
import { pdfFontBase64 } from './support/pdf-font';
import { readPdf } from './support/read-pdf';
import { t, words } from './support/words';

/** Two teams; round 1: a written inject, Koravia plays and is taken back; round 2: the Premier's team plays and is taken back. */
function gameWithUndos(): Game {
  const game = new Game(northsea(), 11);
  const send = (event: PlayerEvent) => expect(game.send(event), JSON.stringify(event)).toEqual({ ok: true });
  send({
    type: 'game.start',
    length: 'short',
    teams: [
      { id: 'team-1', name: 'Hawks', seat: 'cabinet', role: 'premier' },
      { id: 'team-2', name: 'Koravia desk', seat: 'koravia' },
    ],
  });
  send({ type: 'brief.done' });
  send({
    type: 'facilitator.write',
    inject: { title: 'Port strike', text: 'Dockers walk out.', effects: [{ meter: 'economy', add: -5 }] },
  });
  send({ type: 'deliberation.done' });
  send({ type: 'card.play', seat: 'koravia', card: 'koravia-escalate', team: 'team-2', rationale: 'Push them now.' });
  send({ type: 'facilitator.undo' });
  send({ type: 'turn.end' });
  send({ type: 'round.next' });
  send({ type: 'brief.done' });
  send({ type: 'deliberation.done' });
  send({ type: 'card.play', seat: 'cabinet', card: 'send-medicine', team: 'team-1', rationale: 'Help first, always.' });
  send({ type: 'facilitator.undo' });
  send({ type: 'facilitator.end' });
  return game;
}

describe('the record of interventions', () => {
  const game = gameWithUndos();
  const model = debriefModel(game.rules.index, viewOf(game, { kind: 'facilitator' }), words, game.events);

  it('finds each decision an undo took back, in its round', () => {
    expect(undoneDecisions(game.events).map((u) => [u.round, u.event.card])).toEqual([
      [1, 'koravia-escalate'],
      [2, 'send-medicine'],
    ]);
  });

  it('puts the undone decisions in the debrief: a line in their round, and the list with their rationales', () => {
    expect(model.undone).toEqual([
      { round: 1, team: 'Koravia desk', label: 'Tighten the screws', rationale: 'Push them now.' },
      { round: 2, team: 'Hawks', label: 'Send medicine', rationale: 'Help first, always.' },
    ]);
    const round1 = model.rounds[0]?.lines.map((l) => l.text) ?? [];
    expect(round1).toContain('The facilitator took back “Tighten the screws”, played by Koravia desk');
    expect(model.decisions).toEqual([]);
  });

  it('writes them into the Markdown and the PDF handout', async () => {
    const md = debriefMarkdown(model, t);
    expect(md).toContain('### Taken back by the facilitator');
    expect(md).toContain('Round 2, Hawks: Send medicine (taken back)');
    expect(md).toContain('Help first, always.');
    const pdf = await readPdf(new Uint8Array(await debriefPdf(model, t, 'a4', pdfFontBase64())));
    const text = pdf.pages.join('\n');
    expect(text).toContain('Taken back by the facilitator');
    expect(text).toContain('Round 1, Koravia desk: Tighten the screws (taken back)');
  });

  it("finds a proposal and a chair's decision taken back at a council, by the team that made each", () => {
    const g = new Game(variant(NORTHSEA_PATH, addCouncilRules), 11);
    const send = (event: PlayerEvent) => expect(g.send(event), JSON.stringify(event)).toEqual({ ok: true });
    const teams = [
      { id: 'chair', name: 'Premier team', seat: 'cabinet', role: 'premier' },
      { id: 'trade', name: 'Trade team', seat: 'cabinet', role: 'trade' },
    ];
    for (const event of [
      { type: 'game.start', length: 'short', teams },
      { type: 'brief.done' },
      { type: 'deliberation.done' },
      { type: 'card.propose', seat: 'cabinet', card: 'trade-deal', team: 'trade', rationale: 'Ports first.' },
      { type: 'facilitator.undo' },
      { type: 'card.propose', seat: 'cabinet', card: 'trade-deal', team: 'trade', rationale: 'Ports first.' },
      { type: 'council.decide', team: 'chair', adopt: ['trade-deal'], rationale: 'Trade now.' },
      { type: 'facilitator.undo' },
    ] as PlayerEvent[])
      send(event);
    // The first undo took back the proposal; the second the decision, and the proposal waits again.
    expect(undoneDecisions(g.events)).toEqual([
      { round: 1, event: { card: 'trade-deal', team: 'trade', seat: 'cabinet', rationale: 'Ports first.' } },
      { round: 1, event: { card: 'trade-deal', team: 'chair', seat: undefined, rationale: 'Trade now.' } },
    ]);
    expect(g.context.council?.proposals.map((p) => p.card)).toEqual(['trade-deal']);
  });

  it('shows a written inject at the table as the facilitator’s news', () => {
    const g = new Game(northsea(), 11);
    g.send({ type: 'game.start', length: 'short' });
    g.send({ type: 'facilitator.write', inject: { title: 'Port strike', text: 'Dockers walk out.', effects: [] } });
    const news = tableModel(g.rules.index, viewOf(g, { kind: 'seat', seat: 'cabinet' }), english).news;
    const inject = news.find((n) => n.kind === 'inject');
    expect(inject?.badge).toBe('From the facilitator');
    expect(inject?.badge).not.toBe(english.t('table.event-kind-hypothetical'));
  });
});
