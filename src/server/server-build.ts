/**
 * The server as one JavaScript file (`dist-server/serve.mjs`), bundled with esbuild from the
 * TypeScript sources and the packages they use: a crashed server must be back within seconds,
 * and Node spends most of a start finding and compiling hundreds of small package files
 * (express alone brings some two hundred). Bundled, an empty server starts on about two thirds
 * of the CPU time and 8 MB less memory. Left out: the SQLite binding (a native module), and
 * what only a cluster loads (PostgreSQL, Redis). Rebuilt when any source or the packages'
 * lock is newer; written to a temporary file and renamed, so two builds never mix.
 */
import { existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { newestIn } from './game-build';

/** Where the bundle goes, from the project folder. */
export const SERVER_BUNDLE = join('dist-server', 'serve.mjs');

/**
 * Node's flags for the server, in `npm start` and wherever a test or benchmark starts it.
 * `--optimize-for-size` has V8 collect garbage sooner instead of growing the heap: with 100
 * classes open the process peaked at 130 MB instead of 196–216 MB, at the same latency
 * (BENCHMARKS.md, network runs 22–30).
 */
export const SERVER_NODE_FLAGS = ['--optimize-for-size'];

export function serverIsStale(root: string): boolean {
  const bundle = join(root, SERVER_BUNDLE);
  if (!existsSync(bundle)) return true;
  const builtAt = statSync(bundle).mtimeMs;
  return ['src', 'package.json', 'package-lock.json'].some((s) => newestIn(join(root, s)) > builtAt);
}

/** Packages the bundle loads from node_modules: native code, optional speed-ups, a cluster's own. */
const OUTSIDE = [
  'better-sqlite3',
  'pg',
  '@colyseus/redis-presence',
  '@colyseus/redis-driver',
  'msgpackr-extract',
  'bufferutil',
  'utf-8-validate',
];

/** Bundles `src/cli/serve.ts` with its sources and packages (but those `OUTSIDE`). */
export function buildServer(root: string): void {
  const out = buildSync({
    entryPoints: [join(root, 'src', 'cli', 'serve.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: OUTSIDE,
    // Packages written for CommonJS call `require`, which an ES module does not have.
    banner: {
      js: "import { createRequire as serverRequire } from 'node:module'; const require = serverRequire(import.meta.url);",
    },
    write: false,
    outfile: join(root, SERVER_BUNDLE),
    logLevel: 'warning',
  });
  const file = out.outputFiles[0];
  if (!file) throw new Error('esbuild wrote nothing');
  mkdirSync(join(root, 'dist-server'), { recursive: true });
  const temporary = `${file.path}.${process.pid}.tmp`;
  writeFileSync(temporary, file.contents);
  renameSync(temporary, file.path);
}
