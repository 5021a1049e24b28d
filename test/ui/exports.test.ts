import { describe, expect, it } from 'vitest';
import { Game } from '../../src/engine/game';
import type { PlayerEvent } from '../../src/engine/game-events';
import { viewOf } from '../../src/engine/views';
import { CSV_COLUMNS, csvField, decisionsCsv, inert } from '../../src/ui/export/csv';
import { debriefMarkdown, escapeMarkdown } from '../../src/ui/export/markdown';
import { debriefModel } from '../../src/view/debrief-model';
import { northsea } from '../support/scenarios';
import { parseCsv } from './support/read-csv';
import { t, words } from './support/words';

const TRICKY = 'We said "no", then yes,\nbecause <b>trust</b> & [links](http://x) *matter*';

/** A three-team game with rationales, a custom inject and an undo, played to its end. */
function classGame(): Game {
  const game = new Game(northsea(), 7);
  const send = (event: PlayerEvent) => expect(game.send(event), JSON.stringify(event)).toEqual({ ok: true });
  send({
    type: 'game.start',
    length: 'short',
    requireRationale: true,
    teams: [
      { id: 'team-1', name: 'Hawks, Inc.', seat: 'cabinet', role: 'premier' },
      { id: 'team-2', name: 'Koravia', seat: 'koravia' },
      { id: 'team-3', name: 'Estmark', seat: 'estmark' },
    ],
  });
  send({ type: 'brief.done' });
  send({
    type: 'facilitator.write',
    inject: { title: 'Port strike', text: 'Dockers walk out.', effects: [{ meter: 'economy', add: -5 }] },
  });
  send({ type: 'deliberation.done' });
  send({ type: 'card.play', seat: 'cabinet', card: 'send-medicine', team: 'team-1', rationale: 'Cheap first.' });
  send({ type: 'card.play', seat: 'koravia', card: 'koravia-escalate', team: 'team-2', rationale: 'Undo me.' });
  send({ type: 'facilitator.undo' });
  send({ type: 'card.play', seat: 'cabinet', card: 'start-training', team: 'team-1', rationale: TRICKY });
  send({ type: 'turn.end' });
  send({ type: 'round.next' });
  const ended = () => game.phase === 'ended';
  while (!ended())
    for (const type of ['brief.done', 'deliberation.done', 'turn.end', 'round.next'] as const)
      if (!ended()) send({ type });
  return game;
}

describe('debrief model and exports', () => {
  const game = classGame();
  const model = debriefModel(game.rules.index, viewOf(game, { kind: 'facilitator' }), words);

  it('gathers the rounds, the decisions without the undone one, the ladder path and the ending', () => {
    expect(model.rounds.map((r) => r.label)).toEqual(['March 2031', 'April 2031', 'May 2031', 'June 2031']);
    expect(model.decisions.map((d) => [d.team, d.card, d.rationale])).toEqual([
      ['Hawks, Inc.', 'send-medicine', 'Cheap first.'],
      ['Hawks, Inc.', 'start-training', TRICKY],
    ]);
    const norvalia = model.ladders.find((l) => l.id === 'norvalia');
    expect(norvalia?.path.map((p) => [p.from, p.to, p.down])).toEqual([['relief-aid', 'training', false]]);
    expect(norvalia?.rungs.filter((r) => r.visited).map((r) => r.id)).toEqual(['relief-aid', 'training']);
    expect(norvalia?.steps.find((s) => s.from === 'training' && s.to === 'relief-aid')?.down).toBe(true);
    expect(model.ending?.id).toBe(game.context.ending);
    expect(model.meters.find((m) => m.id === 'economy')?.values).toHaveLength(5);
    const lines = model.rounds[0]?.lines.map((l) => l.text) ?? [];
    expect(lines).toContain('News from the facilitator: Port strike — Dockers walk out.');
    expect(lines.some((l) => l.includes('Undo me'))).toBe(false);
  });

  it('writes a CSV that reads back field for field, quotes and line breaks included', () => {
    const csv = decisionsCsv(model.decisions, (c) => t(`classroom.csv.${c}`));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual(['round', 'round label', 'team', 'seat', 'role', 'card id', 'card', 'cost', 'rationale']);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual([
      '1',
      'March 2031',
      'Hawks, Inc.',
      "Norvalia's cabinet",
      'Premier',
      'send-medicine',
      'Send medicine',
      '1',
      'Cheap first.',
    ]);
    expect(rows[2]?.[8]).toBe(TRICKY);
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
  });

  it('quotes a field only when it must, and makes a formula inert', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(inert('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(inert('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(inert('Because.')).toBe('Because.');
  });

  it('writes Markdown with every section, student text escaped', () => {
    const md = debriefMarkdown(model, t);
    for (const heading of [
      '## The ending',
      '## Objectives',
      '## Teams',
      '## Timeline',
      '### Round 1: March 2031',
      '## Decisions and rationales',
      '## The ladders',
      '## Meters over the rounds',
      '## Discussion questions',
    ])
      expect(md).toContain(heading);
    expect(md).toContain('Hawks, Inc.');
    expect(md).toContain(escapeMarkdown(TRICKY));
    expect(md).not.toContain('<b>');
    expect(md).not.toContain('[links](');
    expect(md).toContain('Why did you climb, or not?');
  });

  it('escapes what Markdown would read as markup', () => {
    expect(escapeMarkdown('*bold* _it_ `code` <script> [a](b) # x | y & z')).toBe(
      '\\*bold\\* \\_it\\_ \\`code\\` \\<script\\> \\[a\\](b) \\# x \\| y \\& z',
    );
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown('one\ntwo')).toBe('one two');
  });
});
