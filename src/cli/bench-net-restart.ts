/**
 * `npx tsx src/cli/bench-net-restart.ts [--rooms N] [--devices M] [--rounds R] [--profile DIR] [--json]`: the
 * class server's restart alone, without play. Connects M devices to each of N classes, then R
 * times kills the server with SIGKILL, starts it again on the same port and data, and waits until
 * every device is connected again and holds its class's game. Nothing is played meanwhile, so
 * the server's CPU time from listening to every class back is what the devices' joins cost it:
 * a figure that moves little with the machine's load, unlike the wall clock of `bench:net`.
 */
import {
  backTimes,
  cpuSeconds,
  inBatches,
  netOptions,
  openClass,
  percentile,
  startCluster,
  stopCluster,
} from './bench-net';
import { type Io, runMain } from './io';
import { waitFor } from './local-services';
import type { ClassRun } from './net-class-driver';
import type { ServerProcess } from './server-process';
import { argsReason, usageError } from './usage';

const USAGE = 'npx tsx src/cli/bench-net-restart.ts [--rooms N] [--devices M] [--rounds R] [--profile DIR] [--json]';

export interface RestartFigures {
  devices: number;
  /** From the SIGKILL until the server listened again, and until every device was back (ms). */
  listeningMs: number;
  backMs: number;
  /** Half and the last of the devices connected again (ms after the SIGKILL). */
  halfBackMs: number;
  lastBackMs: number;
  /** The restarted server's CPU time: until it listened, then until every class was back (s). */
  cpuStartS: number;
  cpuJoinsS: number;
  /** The server's CPU time per device joining again (ms). */
  cpuPerJoinMs: number;
}

const heldByAll = (r: ClassRun) =>
  r.devices.every(
    (d) => d.session.connection() === 'open' && d.session.versionNow() === r.facilitator.session.versionNow(),
  );

async function restartOnce(cluster: { servers: ServerProcess[] }, runs: ClassRun[]): Promise<RestartFigures> {
  const first = cluster.servers[0] as ServerProcess;
  await first.kill('SIGKILL');
  const killedAt = Date.now();
  const restarted = await first.restart();
  cluster.servers[0] = restarted;
  const listeningMs = Date.now() - killedAt;
  const cpuStartS = cpuSeconds(restarted.pid);
  await waitFor('every class back', () => runs.every(heldByAll), 300_000);
  const backMs = Date.now() - killedAt;
  const cpuJoinsS = cpuSeconds(restarted.pid) - cpuStartS;
  const back = backTimes(runs, killedAt);
  const devices = back.length;
  return {
    devices,
    listeningMs,
    backMs,
    halfBackMs: percentile(back, 50),
    lastBackMs: back[back.length - 1] ?? 0,
    cpuStartS,
    cpuJoinsS: Math.round(cpuJoinsS * 100) / 100,
    cpuPerJoinMs: Math.round((cpuJoinsS * 10_000) / devices) / 10,
  };
}

/** `profile`: a folder for the servers' CPU profiles (each written when its server stops). */
export async function benchNetRestart(rooms: number, devices: number, rounds: number, io: Io, profile?: string) {
  const cluster = await startCluster(1, profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : []);
  let runs: ClassRun[] = [];
  try {
    const endpoint = (cluster.servers[0] as ServerProcess).endpoint;
    runs = await inBatches(
      Array.from({ length: rooms }, (_, i) => i),
      8,
      () => openClass(endpoint, devices),
    );
    const figures: RestartFigures[] = [];
    for (let i = 0; i < rounds; i++) {
      const f = await restartOnce(cluster, runs);
      io.err(
        `restart ${i + 1}: listening after ${f.listeningMs} ms (${f.cpuStartS.toFixed(2)} s CPU), every class back after ` +
          `${f.backMs} ms (half the devices ${f.halfBackMs} ms); the joins cost the server ${f.cpuJoinsS.toFixed(2)} s CPU, ` +
          `${f.cpuPerJoinMs.toFixed(2)} ms a device\n`,
      );
      figures.push(f);
    }
    return figures;
  } finally {
    for (const run of runs) for (const d of run.devices) d.session.close();
    await stopCluster(cluster);
  }
}

export async function benchNetRestartCommand(argv: string[], io: Io): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = netOptions(argv, { rounds: '2' });
  } catch (error) {
    return usageError(io, USAGE, argsReason(error));
  }
  const [rooms, devices, rounds] = ['rooms', 'devices', 'rounds'].map((k) => Number(values[k]));
  if (![rooms, devices, rounds].every((v) => Number.isInteger(v) && (v as number) >= 1))
    return usageError(io, USAGE, '--rooms, --devices and --rounds take whole numbers of at least 1');
  const profile = typeof values.profile === 'string' ? values.profile : undefined;
  const figures = await benchNetRestart(rooms as number, devices as number, rounds as number, io, profile);
  io.out(`${values.json ? JSON.stringify(figures) : figures.map((f) => JSON.stringify(f)).join('\n')}\n`);
  return 0;
}

await runMain(import.meta.url, benchNetRestartCommand);
