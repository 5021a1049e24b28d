/**
 * The layer rules of `.dependency-cruiser.cjs` catch what they are for: in a copy of src/, a
 * view model that imports the wiring, a pair of files that import each other, and shipped code
 * that imports a test each fail `npm run lint`'s import check, while the same copy without them
 * passes.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const copy = mkdtempSync(join(tmpdir(), 'red-lines-layers-'));
cpSync(join(ROOT, 'src'), join(copy, 'src'), { recursive: true });
for (const file of ['.dependency-cruiser.cjs', 'tsconfig.json', 'package.json'])
  cpSync(join(ROOT, file), join(copy, file));
symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');

afterAll(() => rmSync(copy, { recursive: true, force: true }));

function cruise(): { status: number | null; output: string } {
  const run = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'),
      '--config',
      '.dependency-cruiser.cjs',
      'src',
    ],
    { cwd: copy, encoding: 'utf8' },
  );
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('the layer rules', () => {
  it('pass on src/ as it is', () => {
    const clean = cruise();
    expect(clean.output).toContain('no dependency violations found');
    expect(clean.status).toBe(0);
  });

  it('fail on a wrong-way import, an import circle and shipped code that uses a test', () => {
    appendFileSync(join(copy, 'src/view/hand-view.ts'), "\nimport '../app/app';\n");
    writeFileSync(join(copy, 'src/session/ping.ts'), "import './pong';\nexport const ping = 1;\n");
    writeFileSync(join(copy, 'src/session/pong.ts'), "import './ping';\nexport const pong = 1;\n");
    mkdirSync(join(copy, 'test'));
    writeFileSync(join(copy, 'test/helper.ts'), 'export const helper = 1;\n');
    appendFileSync(join(copy, 'src/cli/sim.ts'), "\nimport '../../test/helper';\n");
    const planted = cruise();
    expect(planted.status).not.toBe(0);
    expect(planted.output).toMatch(/view-models-are-pure: src\/view\/hand-view\.ts → src\/app\/app\.ts/);
    expect(planted.output).toMatch(/no-circles: src\/session\/p[io]ng\.ts → /);
    expect(planted.output).toMatch(/src-never-uses-tests: src\/cli\/sim\.ts → test\/helper\.ts/);
  });
});
