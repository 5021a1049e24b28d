/**
 * The broken-input corpus: every file in test/fixtures/broken and test/fixtures/saves is
 * refused with the right exit code, a line naming the right path and message, no stack trace,
 * and quickly. Most cases run in-process through the very functions the tools run; a handful
 * (the 20 MB file and deep nesting among them) start the real tool as a process.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io';
import { replayCommand } from '../../src/cli/replay';
import { scenarioCheck } from '../../src/cli/scenario-check';
import { runCli, STACK_FRAME } from './run-cli';

const BROKEN = 'test/fixtures/broken';
const SAVES = 'test/fixtures/saves';
const FIXTURE = 'test/fixtures/northsea-2031/scenario.json';

interface Case {
  file: string;
  code: 0 | 1 | 2;
  /** The JSON path the line names, exactly as printed. */
  path: string;
  /** Words the line must hold after the path. */
  message: string;
  /** Also run as a real process. */
  spawn?: true;
  /** A known fault outside the tools, reported with this case; the test expects it to fail until fixed. */
  knownBug?: string;
}

const SCENARIOS: Case[] = [
  { file: 'empty.json', code: 1, path: '$', message: 'expected a JSON document, found an empty file' },
  { file: 'invalid-json.json', code: 1, path: '$ (line 7, column 3)', message: 'expected valid JSON', spawn: true },
  {
    file: 'trailing-comma.json',
    code: 1,
    path: '$ (line 129, column 100)',
    message: "expected valid JSON, found unexpected token ']'",
  },
  { file: 'binary.bin', code: 1, path: '$', message: 'found binary data (a zero byte at byte 8)', spawn: true },
  { file: 'latin1-text.json', code: 1, path: '$ (line 43, column 56)', message: 'found bytes that are not UTF-8' },
  { file: 'top-level-array.json', code: 1, path: '$', message: 'expected an object, found an array of 0' },
  { file: 'wrong-format.json', code: 1, path: '$.format', message: 'expected one of "red-lines-scenario"' },
  { file: 'wrong-type.json', code: 1, path: '$.meters[0].start', message: 'expected a number, found "40"' },
  { file: 'missing-field.json', code: 1, path: '$.cards[0].cost', message: 'expected a number, found nothing' },
  { file: 'unknown-key.json', code: 1, path: '$.cards[0].colour', message: 'found the unknown key "colour"' },
  { file: 'bad-id.json', code: 1, path: '$.id', message: 'expected an id in kebab-case' },
  { file: 'bad-date.json', code: 1, path: '$.events[0].date', message: 'expected a date written YYYY-MM-DD' },
  {
    file: 'bad-operator.json',
    code: 1,
    path: '$.endings[0].when.op',
    message: 'expected one of "<", "<=", ">", ">=", "==", "!=", found "=<"',
  },
  {
    file: 'markup-in-text.json',
    code: 1,
    path: '$.cards[0].text',
    message: 'expected plain text without markup (no <tags>), found "Ship <b>medical</b> supplies."',
    spawn: true,
  },
  {
    file: 'proto-key.json',
    code: 1,
    path: '$.cards[0].__proto__',
    message: 'found the reserved key "__proto__"',
    spawn: true,
  },
  {
    file: 'deep-nesting.json',
    code: 1,
    path: '$.endings[0].when.not.not.not.not.not…',
    message: 'expected nesting at most 64 deep',
    spawn: true,
  },
  {
    file: 'duplicate-card-id.json',
    code: 1,
    path: '$.cards[5].id',
    message: 'expected a unique id, found "send-medicine" again (first at $.cards[0])',
  },
  {
    file: 'duplicate-rung-across-ladders.json',
    code: 1,
    path: '$.ladders[1].rungs[3].id',
    message: 'expected a rung id unique across all ladders, found "training"',
  },
  {
    file: 'dangling-rung-in-step.json',
    code: 1,
    path: '$.ladders[0].steps[5].to',
    message: 'expected a rung of ladder "norvalia", found "air-defense"',
  },
  {
    file: 'dangling-meter-in-effect.json',
    code: 1,
    path: '$.cards[0].effects[0].meter',
    message: 'found "trusst"',
  },
  { file: 'dangling-seat.json', code: 1, path: '$.cards[5].seat', message: 'found "cabnet"' },
  {
    file: 'unreachable-rung.json',
    code: 1,
    path: '$.ladders[1].rungs[3]',
    message: 'found "blockade", which no step reaches',
  },
  {
    file: 'impossible-ending.json',
    code: 1,
    path: '$.endings[0].when',
    message: 'expected a condition that can come true',
  },
  { file: 'no-fallback-ending.json', code: 1, path: '$.endings', message: 'expected a last-resort ending' },
  { file: 'player-not-a-player.json', code: 1, path: '$.player', message: 'expected a seat of kind "player"' },
  {
    file: 'meter-start-out-of-range.json',
    code: 1,
    path: '$.meters[0].start',
    message: 'between 0 and 100, found 140',
  },
  {
    file: 'cost-above-capital.json',
    code: 1,
    path: '$.cards[3].cost',
    message: 'no higher than the capital maximum 6, found 9',
  },
  {
    file: 'rounds-out-of-order.json',
    code: 1,
    path: '$.lengths[0].rounds[1].until',
    message: 'expected a date after 2031-03-31',
  },
  // Warnings: the scenario plays, so the check passes, but the author hears about it.
  {
    file: 'flag-never-set.json',
    code: 0,
    path: 'warning: $.ladders[0].steps[2].unlock.flag',
    message: 'expected a flag that some effect sets',
  },
  {
    file: 'event-after-last-round.json',
    code: 0,
    path: 'warning: $.events[0].date',
    message: 'so it is never drawn',
  },
];

const SAVE_CASES: Case[] = [
  {
    file: 'truncated.json',
    code: 1,
    path: '$ (line 54, column 5)',
    message: 'expected valid JSON',
    spawn: true,
  },
  { file: 'wrong-format.json', code: 1, path: '$.format', message: 'expected one of "red-lines-save"' },
  {
    file: 'another-scenario.json',
    code: 1,
    path: '$.scenarioId',
    message: 'expected "northsea-2031", found "seoul-2024"',
  },
  {
    file: 'another-version.json',
    code: 1,
    path: '$.scenarioVersion',
    message: 'expected "1.0.0" (the version loaded), found "0.9.0"',
  },
  {
    file: 'illegal-event.json',
    code: 1,
    path: '$.events[3]',
    message: 'expected an event the game accepts at that point, found "card.play", refused (no-step)',
    spawn: true,
  },
  { file: 'unknown-event-type.json', code: 1, path: '$.events[3].type', message: 'found "card.burn"' },
];

/** In-process runs are allowed this long; a file should take milliseconds. */
const FAST_MS = 1000;
/** A process also pays for Node and tsx starting (about half a second here). */
const SPAWN_MS = 10_000;

function expectLine(output: string, c: Case): void {
  const lines = output.split('\n');
  const line = lines.find((l) => l.startsWith(`${c.path}: `));
  expect(line, `a line starting "${c.path}: " in:\n${output}`).toBeDefined();
  expect(line).toContain(c.message);
  expect(output).not.toMatch(STACK_FRAME);
}

function check(file: string) {
  const io = memoryIo();
  const started = performance.now();
  const code = scenarioCheck([file], io);
  return { code, output: io.stdout + io.stderr, ms: performance.now() - started };
}

function replay(file: string) {
  const io = memoryIo();
  const started = performance.now();
  const code = replayCommand([file, '--scenario', FIXTURE], io);
  return { code, output: io.stdout + io.stderr, ms: performance.now() - started };
}

describe('broken scenarios, through the function scenario:check runs', () => {
  it('covers every file in the corpus', () => {
    expect(readdirSync(BROKEN).sort()).toEqual(SCENARIOS.map((c) => c.file).sort());
  });

  for (const c of SCENARIOS) {
    const test = c.knownBug === undefined ? it : it.fails;
    test(`${c.file} → exit ${c.code}, ${c.path}`, () => {
      const run = check(`${BROKEN}/${c.file}`);
      expect(run.code).toBe(c.code);
      expectLine(run.output, c);
      expect(run.ms).toBeLessThan(FAST_MS);
    });
  }

  it('prints one line per problem and no more', () => {
    const io = memoryIo();
    scenarioCheck([`${BROKEN}/wrong-type.json`], io);
    expect(io.stdout).toBe('$.meters[0].start: expected a number, found "40"\n');
  });
});

describe('broken saves, through the function replay runs', () => {
  it('covers every corrupt save in the folder', () => {
    const corrupt = readdirSync(SAVES).filter((f) => f.endsWith('.json') && f !== 'northsea-good.json');
    expect(corrupt.sort()).toEqual(SAVE_CASES.map((c) => c.file).sort());
  });

  for (const c of SAVE_CASES)
    it(`${c.file} → exit ${c.code}, ${c.path}`, () => {
      const run = replay(`${SAVES}/${c.file}`);
      expect(run.code).toBe(c.code);
      expectLine(run.output, c);
      expect(run.ms).toBeLessThan(FAST_MS);
    });

  it('refuses a save whose scenario the project does not ship, naming scenarioId', () => {
    const io = memoryIo();
    expect(replayCommand([`${SAVES}/northsea-good.json`], io)).toBe(1);
    expect(io.stdout).toContain('$.scenarioId: expected the id of a scenario in assets/scenarios');
  });
});

describe('files too large to read', () => {
  let dir = '';
  let huge = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'red-lines-broken-'));
    huge = join(dir, 'twenty-megabytes.json');
    // Valid JSON all the way, so only its size can refuse it.
    writeFileSync(huge, `{"title": "${'x'.repeat(20 * 1024 * 1024)}"}`);
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a 20 MB scenario by its size, before reading it', () => {
    const runs = Array.from({ length: 5 }, () => check(huge));
    for (const run of runs) {
      expect(run.code).toBe(1);
      expectLine(run.output, {
        file: '',
        code: 1,
        path: '$',
        message: 'expected a file of at most 5 MB, found 20.0 MB',
      });
    }
    // Reading and decoding 20 MB takes about 20 ms here, looking at the size a fraction of one.
    // The fastest of five runs is compared, so a pause from other work cannot fail the test.
    expect(Math.min(...runs.map((r) => r.ms))).toBeLessThan(10);
  });

  it('refuses a 20 MB save the same way', () => {
    const run = replay(huge);
    expect(run.code).toBe(1);
    expectLine(run.output, { file: '', code: 1, path: '$', message: 'found 20.0 MB' });
  });

  it('refuses it quickly as a real process too', async () => {
    const run = await runCli('scenario-check', [huge]);
    expect(run.code).toBe(1);
    expectLine(run.stdout, { file: '', code: 1, path: '$', message: 'expected a file of at most 5 MB, found 20.0 MB' });
    expect(run.ms).toBeLessThan(SPAWN_MS);
  });
});

describe('the real tools, started as processes', () => {
  for (const c of SCENARIOS.filter((x) => x.spawn))
    it(`scenario:check ${c.file} → exit ${c.code}`, async () => {
      const run = await runCli('scenario-check', [`${BROKEN}/${c.file}`]);
      expect(run.code).toBe(c.code);
      expectLine(run.stdout, c);
      expect(run.stderr).not.toMatch(STACK_FRAME);
      expect(run.ms).toBeLessThan(SPAWN_MS);
    });

  for (const c of SAVE_CASES.filter((x) => x.spawn))
    it(`replay ${c.file} → exit ${c.code}`, async () => {
      const run = await runCli('replay', [`${SAVES}/${c.file}`, '--scenario', FIXTURE]);
      expect(run.code).toBe(c.code);
      expectLine(run.stdout, c);
      expect(run.stderr).not.toMatch(STACK_FRAME);
      expect(run.ms).toBeLessThan(SPAWN_MS);
    });

  it('exits 2 with the usage line for an unknown flag', async () => {
    const run = await runCli('scenario-check', [FIXTURE, '--strict']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Unknown option '--strict'");
    expect(run.stderr).toContain('usage: npm run scenario:check -- <file> [--json]');
    expect(run.stdout).toBe('');
  });

  it('exits 2 for a file that is not there', async () => {
    const run = await runCli('scenario-check', [`${BROKEN}/no-such-file.json`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`cannot read ${BROKEN}/no-such-file.json: no such file\n`);
  });
});

describe('unreadable input and usage, in-process', () => {
  const cases: [string, string[], string][] = [
    ['a folder', [BROKEN], `${BROKEN} is not a file`],
    ['no file at all', [], 'which file? give the scenario file to check'],
    ['two files', [FIXTURE, FIXTURE], 'one file at a time'],
    ['an unknown flag', [FIXTURE, '--fix'], "Unknown option '--fix'"],
  ];
  for (const [what, args, message] of cases)
    it(`exits 2 for ${what}`, () => {
      const io = memoryIo();
      expect(scenarioCheck(args, io)).toBe(2);
      expect(io.stderr).toContain(message);
      expect(io.stdout).toBe('');
    });
});
