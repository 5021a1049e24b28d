/**
 * The timeline the replay tool prints (src/engine/timeline.ts) and the `{name}` formatter
 * behind it (src/engine/locale.ts), with the real English sentences.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../src/engine/game-context';
import { type Dictionary, format, lookup, translate } from '../../src/engine/locale';
import { parseScenarioText } from '../../src/engine/scenario-parse';
import { timeline, timelineText } from '../../src/engine/timeline';
import { ROOT } from './run-cli';

const en = JSON.parse(readFileSync(`${ROOT}assets/locales/en/engine.json`, 'utf8')) as Dictionary;
const parsed = parseScenarioText(readFileSync(`${ROOT}test/fixtures/northsea-2031/scenario.json`, 'utf8'));
if (!parsed.ok) throw new Error('the fixture does not parse');
const scenario = parsed.value;

describe('locale', () => {
  it('fills placeholders, leaving unknown ones visible', () => {
    expect(format('{a} and {b-c}, {missing}', { a: 1, 'b-c': 'two' })).toBe('1 and two, {missing}');
  });

  it('finds sentences by dotted key, and only the dictionary’s own', () => {
    expect(lookup(en, 'timeline.cause-round')).toBe('new round');
    expect(lookup(en, 'timeline')).toBeUndefined();
    expect(lookup(en, 'timeline.constructor')).toBeUndefined();
    expect(lookup(en, '__proto__.toString')).toBeUndefined();
  });

  it('falls back to the key when a sentence is missing', () => {
    expect(translate(en, 'timeline.no-such-line', { x: 1 })).toBe('timeline.no-such-line');
    expect(translate(en, 'timeline.round', { round: 2, label: 'April' })).toBe('Round 2: April');
  });
});

describe('timeline', () => {
  const card = { kind: 'card' as const, id: 'start-training', seat: 'cabinet' };
  // One entry of every kind, in the order a game could write them.
  const log: LogEntry[] = [
    { kind: 'round', round: 1 },
    { kind: 'event', round: 1, id: 'war-begins' },
    { kind: 'meter', round: 1, id: 'danger', from: 20, to: 25, cause: { kind: 'event', id: 'war-begins' } },
    { kind: 'card', round: 1, id: 'start-training', seat: 'cabinet', team: 'blue', rationale: 'Because.' },
    { kind: 'capital', round: 1, from: 3, to: 1, cause: card },
    { kind: 'rung', round: 1, ladder: 'norvalia', from: 'relief-aid', to: 'training', cause: card },
    { kind: 'meter', round: 1, id: 'danger', from: 25, to: 30, cause: card, note: 'Koravia takes note.' },
    { kind: 'roll', round: 1, label: 'A gamble', chance: 0.5, roll: 0.734, success: false, cause: card },
    { kind: 'scheduled', round: 1, due: 3, label: 'Delivery', cause: card },
    { kind: 'flag', round: 1, id: 'red-line-crossed', value: true, cause: card },
    { kind: 'blocked', round: 1, ladder: 'koravia', cause: card },
    { kind: 'pause', round: 1, paused: true },
    { kind: 'pause', round: 1, paused: false },
    { kind: 'extend', round: 1, seconds: 60 },
    { kind: 'reaction', round: 1, id: 'estmark-thanks', seat: 'estmark' },
    { kind: 'meter', round: 1, id: 'trust', from: 50, to: 52, cause: { kind: 'reaction', id: 'estmark-thanks' } },
    { kind: 'round', round: 7 },
    { kind: 'capital', round: 7, from: 1, to: 3, cause: { kind: 'round', id: '7' } },
    { kind: 'inject', round: 7, id: 'inject-1', title: 'Storm', text: 'Ports close.' },
    { kind: 'meter', round: 7, id: 'economy', from: 60, to: 50, cause: { kind: 'inject', id: 'inject-1' } },
    { kind: 'event', round: 7, id: 'summit', injected: true },
    { kind: 'meter', round: 7, id: 'trust', from: 52, to: 60, cause: { kind: 'delayed', id: 'start-training' } },
    { kind: 'ending', round: 7, id: 'bystander', early: true },
  ];
  const lines = timeline(scenario, log, en, { length: 'short', teams: [{ id: 'blue', name: 'Blue team' }] });

  it('tells every entry with a sentence from the locale file, every placeholder filled', () => {
    for (const line of lines) {
      expect(line.text, line.key).not.toMatch(/^timeline\./);
      expect(line.text, line.key).not.toMatch(/\{[\w-]+\}/);
    }
  });

  it('renders the whole story as indented text', () => {
    expect(timelineText(lines)).toBe(
      [
        'Round 1: March 2031',
        '  News: Koravia attacks Estmark',
        '    Danger 20 → 25 (Koravia attacks Estmark)',
        `  Blue team (Norvalia's cabinet) played "Train Estmark's soldiers"`,
        '    Rationale: Because.',
        "    Goodwill 3 → 1 (Train Estmark's soldiers)",
        "    Norvalia's support: Relief aid → Training (Train Estmark's soldiers)",
        "    Danger 25 → 30 (Train Estmark's soldiers: Koravia takes note.)",
        '    Roll for "A gamble": needed under 50%, rolled 73 — it did not happen',
        `    "Delivery" will land in round 3 (Train Estmark's soldiers)`,
        "    Flag red-line-crossed set (Train Estmark's soldiers)",
        "    Koravia's pressure could not move (Train Estmark's soldiers)",
        '  The facilitator paused the game',
        '  The facilitator resumed the game',
        '  Deliberation extended by 60 seconds',
        '  Estmark: Thanks',
        '    Trust of partners 50 → 52 (Thanks)',
        // The short length has four rounds: a seventh has no label of its own.
        'Round 7',
        '  Goodwill 1 → 3 (new round)',
        '  News from the facilitator: Storm — Ports close.',
        '    Economy 60 → 50 (Storm)',
        '  News, drawn by the facilitator: Partners meet',
        "  Trust of partners 52 → 60 (later effect of Train Estmark's soldiers)",
        'Ending, called early by the facilitator: Bystander — Norvalia kept out of it.',
        '',
      ].join('\n'),
    );
  });

  it('keeps the key and values of each line, so another language can render it again', () => {
    const note = lines.find((l) => l.key === 'timeline.meter-note');
    expect(note?.params).toEqual({
      label: 'Danger',
      from: 25,
      to: 30,
      cause: "Train Estmark's soldiers",
      note: 'Koravia takes note.',
    });
    expect(note?.round).toBe(1);
    expect(note?.kind).toBe('meter');
  });

  it('shows an id the scenario does not know as it is, rather than failing', () => {
    const odd = timeline(scenario, [{ kind: 'event', round: 1, id: 'gone' }], en);
    expect(odd[0]?.text).toBe('News: gone');
  });
});
