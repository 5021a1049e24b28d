/**
 * The tools' outputs that other people script against: scenario:check's summary and exact
 * JSON keys, sim's JSON shape and byte-identical repeats, replay's timeline of the fixture save.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io';
import { replayCommand } from '../../src/cli/replay';
import { scenarioCheck } from '../../src/cli/scenario-check';
import { sim } from '../../src/cli/sim';
import { prepare } from '../../src/engine/game';
import { loadSave } from '../../src/engine/save';
import { parseScenarioText } from '../../src/engine/scenario-parse';
import { runCli, STACK_FRAME } from './run-cli';

const FIXTURE = 'test/fixtures/northsea-2031/scenario.json';
const GOOD_SAVE = 'test/fixtures/saves/northsea-good.json';

describe('scenario:check on a valid scenario', () => {
  it('prints a one-line summary and exits 0', () => {
    const io = memoryIo();
    expect(scenarioCheck([FIXTURE], io)).toBe(0);
    expect(io.stdout).toBe(
      'northsea-2031 1.0.0: valid — 7 rungs in 4 tiers, 7 actions, 5 events, 4 endings, up to 6 rounds, 0 warnings\n',
    );
    expect(io.stderr).toBe('');
  });

  it('prints the agreed JSON keys, counts as numbers, tiers and warnings as arrays', async () => {
    const run = await runCli('scenario-check', [FIXTURE, '--json']);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(Object.keys(summary)).toEqual([
      'id',
      'version',
      'rungs',
      'tiers',
      'actions',
      'events',
      'endings',
      'rounds',
      'warnings',
      'translations',
    ]);
    expect(summary).toEqual({
      id: 'northsea-2031',
      version: '1.0.0',
      rungs: 7,
      tiers: ['relief', 'defence', 'offence', 'pressure'],
      actions: 7,
      events: 5,
      endings: 4,
      rounds: 6,
      warnings: [],
      translations: {},
    });
  });

  it('lists warnings in the JSON and on stderr, and still exits 0', () => {
    const io = memoryIo();
    expect(scenarioCheck(['test/fixtures/broken/flag-never-set.json', '--json'], io)).toBe(0);
    expect(JSON.parse(io.stdout).warnings).toEqual([
      {
        path: '$.ladders[0].steps[2].unlock.flag',
        expected: 'a flag that some effect sets',
        found: '"red-line-crossed", which nothing sets',
      },
    ]);
    expect(io.stderr).toBe(
      'warning: $.ladders[0].steps[2].unlock.flag: expected a flag that some effect sets, found "red-line-crossed", which nothing sets\n',
    );
  });
});

describe('sim', () => {
  const args = ['--scenario', FIXTURE, '--games', '300', '--seed', '7', '--policy', 'random', '--json'];

  it('prints byte-identical output for the same arguments, in two separate processes', async () => {
    const [a, b] = [await runCli('sim', args), await runCli('sim', args)];
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    expect(a.stdout.length).toBeGreaterThan(50);
    expect(Buffer.from(b.stdout)).toEqual(Buffer.from(a.stdout));
    expect(a.stderr).not.toMatch(STACK_FRAME);
  });

  it('prints the agreed JSON shape', () => {
    const io = memoryIo();
    expect(sim(args, io)).toBe(0);
    const report = JSON.parse(io.stdout);
    expect(Object.keys(report)).toEqual(['games', 'endings', 'rungsReached', 'rounds', 'violations']);
    expect(report.games).toBe(300);
    expect(Object.keys(report.endings)).toEqual(['collapse', 'drawn-in', 'guardian', 'bystander']);
    expect(Object.values(report.endings).reduce((a, b) => Number(a) + Number(b), 0)).toBe(300);
    expect(Object.keys(report.rungsReached)).toEqual([
      'relief-aid',
      'training',
      'air-defence',
      'strike',
      'protest',
      'embargo',
      'ships',
    ]);
    // Every game starts on both ladders' first rungs.
    expect(report.rungsReached['relief-aid']).toBe(300);
    expect(Object.keys(report.rounds)).toEqual(['mean', 'median']);
    expect(report.rounds.median).toBe(4);
    expect(report.violations).toBe(0);
  });

  it('defaults to the first length and differs with the seed', () => {
    const short = memoryIo();
    const long = memoryIo();
    const otherSeed = memoryIo();
    sim(args, short);
    sim([...args, '--length', 'long'], long);
    sim(
      args.map((a) => (a === '7' ? '8' : a)),
      otherSeed,
    );
    expect(JSON.parse(long.stdout).rounds.median).toBeGreaterThan(JSON.parse(short.stdout).rounds.median);
    expect(otherSeed.stdout).not.toBe(short.stdout);
  });

  it('prints a readable report without --json', () => {
    const io = memoryIo();
    expect(sim(args.slice(0, -1), io)).toBe(0);
    expect(io.stdout).toMatch(/^northsea-2031 1\.0\.0, length short, policy random: 300 games from seed 7\n/);
    expect(io.stdout).toContain('invariant violations: 0');
  });

  it('reports progress on stderr for long runs only', () => {
    const io = memoryIo();
    sim(['--scenario', FIXTURE, '--games', '2000', '--seed', '1', '--policy', 'dove', '--json'], io);
    expect(io.stderr).toBe('sim: 1000 of 2000 games\nsim: 2000 of 2000 games\n');
    expect(JSON.parse(io.stdout).games).toBe(2000);
  });

  const usage: [string, string[], string][] = [
    ['a missing --games', ['--scenario', FIXTURE, '--seed', '1', '--policy', 'random'], '--games is required'],
    ['an unknown policy', ['--scenario', FIXTURE, '--games', '1', '--seed', '1', '--policy', 'greedy'], '--policy'],
    ['a negative seed', ['--scenario', FIXTURE, '--games', '1', '--seed', '-1', '--policy', 'hawk'], '--seed'],
    ['zero games', ['--scenario', FIXTURE, '--games', '0', '--seed', '1', '--policy', 'hawk'], '--games'],
    [
      'an unknown length',
      ['--scenario', FIXTURE, '--games', '1', '--seed', '1', '--policy', 'hawk', '--length', 'medium'],
      '--length must be one of short, long',
    ],
    ['an unknown flag', ['--scenario', FIXTURE, '--games', '1', '--seed', '1', '--policy', 'hawk', '--fast'], '--fast'],
    ['a bad scenario name', ['--scenario', 'Seoul 2024', '--games', '1', '--seed', '1', '--policy', 'hawk'], 'id'],
    [
      'an argument that is not a flag',
      ['--scenario', FIXTURE, '--games', '1', '--seed', '1', '--policy', 'hawk', 'extra'],
      'unexpected argument: extra',
    ],
  ];
  for (const [what, argv, message] of usage)
    it(`exits 2 with the usage line for ${what}`, () => {
      const io = memoryIo();
      expect(sim(argv, io)).toBe(2);
      expect(io.stderr).toContain(message);
      expect(io.stderr).toContain('usage: npm run sim -- --scenario <id|file>');
      expect(io.stdout).toBe('');
    });

  it('exits 1 with the problems for an invalid scenario', () => {
    const io = memoryIo();
    const argv = ['--scenario', 'test/fixtures/broken/wrong-type.json', '--games', '1', '--seed', '1'];
    expect(sim([...argv, '--policy', 'hawk'], io)).toBe(1);
    expect(io.stdout).toBe('$.meters[0].start: expected a number, found "40"\n');
  });
});

describe('replay', () => {
  const scenario = parseScenarioText(readFileSync(FIXTURE, 'utf8'));
  if (!scenario.ok) throw new Error('the fixture does not parse');
  const game = loadSave(prepare(scenario.value), readFileSync(GOOD_SAVE, 'utf8'));
  if (!game.ok) throw new Error('the good save does not load');
  const ending = scenario.value.endings.find((e) => e.id === game.value.context.ending);

  it('prints the timeline of the fixture save: rounds, decisions, causes, the ending', async () => {
    const run = await runCli('replay', [GOOD_SAVE, '--scenario', FIXTURE]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('Norvalia, 2031 (invented) (version 1.0.0), seed 2031, Short');
    expect(lines).toContain('Round 1: March 2031');
    expect(lines).toContain('Round 4: June 2031');
    // A decision with its rationale, then a meter change naming the card that caused it and its note.
    expect(run.stdout).toContain(
      [
        `  Norvalia's cabinet played "Train Estmark's soldiers"`,
        '    Rationale: Training keeps our own soldiers out of the fighting.',
      ].join('\n'),
    );
    expect(lines).toContain("    Danger 25 → 30 (Train Estmark's soldiers: Koravia takes note.)");
    expect(lines).toContain('  Goodwill 0 → 2 (new round)');
    expect(run.stdout).toMatch(/Roll for "Koravia answers with an embargo": needed under 50%, rolled \d+ — it/);
    expect(ending).toBeDefined();
    expect(lines.at(-2)).toBe(`Ending: ${ending?.label} — ${ending?.text}`);
  });

  it('exits 2 with the usage line when no save is given', () => {
    const io = memoryIo();
    expect(replayCommand([], io)).toBe(2);
    expect(io.stderr).toContain('usage: npm run replay -- <save.json> [--scenario <id|file>]');
  });

  it('names the scenario problems when --scenario points at a broken file', () => {
    const io = memoryIo();
    expect(replayCommand([GOOD_SAVE, '--scenario', 'test/fixtures/broken/dangling-seat.json'], io)).toBe(1);
    expect(io.stdout).toBe('$.cards[5].seat: expected the id of one of the scenario\'s seats, found "cabnet"\n');
    expect(io.stderr).toContain('is not valid');
  });
});
