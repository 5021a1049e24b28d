/**
 * A class server in its own process, as `npm start` runs it (the game's build left out), so a
 * test can kill it with SIGKILL and start it again on the same port and data.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer, SERVER_BUNDLE, SERVER_NODE_FLAGS, serverIsStale } from '../server/server-build';
import { freePort } from './local-services';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface ServerProcess {
  pid: number;
  port: number;
  endpoint: string;
  env: Record<string, string>;
  /** Everything the server printed so far. */
  output(): string;
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Starts it again with the same settings (port, data folder, services). */
  restart(): Promise<ServerProcess>;
}

/**
 * Starts `src/cli/serve.ts` and waits for its "listening on" line; `nodeArgs` go to Node itself
 * (a benchmark's `--cpu-prof`), and again to the server started by `restart`.
 */
export async function startServer(env: Record<string, string> = {}, nodeArgs: string[] = []): Promise<ServerProcess> {
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const full: Record<string, string> = {
    DATA_DIR: env.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'red-lines-data-')),
    STATIC_DIR: join(ROOT, 'dist'),
    HOST: '127.0.0.1',
    ...env,
    PORT: String(port),
  };
  if (serverIsStale(ROOT)) buildServer(ROOT);
  // Plain Node on the bundle, as `npm start` runs it: one process, so the PID we kill is the server's own.
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, ...nodeArgs, SERVER_BUNDLE, '--quiet'], {
    cwd: ROOT,
    env: { ...process.env, ...full },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout?.on('data', (d) => {
    text += String(d);
  });
  child.stderr?.on('data', (d) => {
    text += String(d);
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${text}`)), 120_000);
    const check = () => {
      if (text.includes('listening on')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}):\n${text}`));
    });
  });
  return handle(child, port, full, () => text, nodeArgs);
}

function handle(
  child: ChildProcess,
  port: number,
  env: Record<string, string>,
  output: () => string,
  nodeArgs: string[],
): ServerProcess {
  const self: ServerProcess = {
    pid: child.pid ?? 0,
    port,
    endpoint: `http://127.0.0.1:${port}`,
    env,
    output,
    kill: (signal = 'SIGTERM') =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return resolve();
        child.once('exit', () => resolve());
        process.kill(child.pid, signal);
      }),
    restart: () => startServer(env, nodeArgs),
  };
  return self;
}
