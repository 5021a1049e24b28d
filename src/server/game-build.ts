/**
 * The built game that the server hands to browsers: built again when `dist/` is missing or
 * older than any source, asset or configuration file it is made from.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['src', 'assets', 'public', 'index.html', 'vite.config.ts', 'package.json'];

/** The newest modification time of a file, or of anything in a folder (0 when it is missing). */
export function newestIn(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newestIn(join(path, entry)));
  return latest;
}

/** True when `dist/index.html` is missing or older than what it is built from. */
export function buildIsStale(root: string): boolean {
  const built = join(root, 'dist', 'index.html');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return SOURCES.some((s) => newestIn(join(root, s)) > builtAt);
}

/** Builds the game with Vite; throws if the build fails (its output is shown as it runs). */
export function buildGame(root: string): void {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const run = spawnSync(process.execPath, [vite, 'build'], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`the game's build failed (exit ${run.status})`);
}
