/**
 * `npm run bench:net -- [--rooms N] [--devices M] [--processes P] [--seed S] [--json]`: the class
 * server under load. Starts its own server (P processes on one Redis and one PostgreSQL when
 * P > 1, else one process on SQLite) on free ports, connects M devices per class over real
 * WebSockets (a console, a projector, teams), plays random legal games, SIGKILLs a server
 * process midway and starts it again, then checks every acknowledged intent against the
 * games the server kept.
 *
 * Each class takes a step every one to three seconds (a console advancing the round, teams
 * proposing cards at the same time, the President's team deciding); a real class acts every few
 * seconds at most.
 * Latency: from sending an intent to the moment every device of its class holds the new view
 * (intents whose answer spans the outage are left out of it and counted in `restart`).
 * `serverRssMb`: the servers' resident memory at its peak, all processes together.
 * Budgets (DESIGN.md): 100 classes × 7 devices on one process, p95 ≤ 100 ms, nothing lost,
 * ≤ 2 MB per class, every class back within 5 s of the crash.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { CreateClassResponse, JoinResponse } from '../session/protocol';
import { type Io, runMain } from './io';
import { freePort, type Service, sleep, startPostgres, startRedis, waitFor } from './local-services';
import { type ClassRun, connectDevice, heldByAll, missing, playClass, seeded } from './net-class-driver';
import { type ServerProcess, startServer } from './server-process';
import { argsReason, usageError } from './usage';

const USAGE = 'npm run bench:net -- [--rooms N] [--devices M] [--processes P] [--seed S] [--profile DIR] [--json]';
const ROLES = ['president', 'security-adviser', 'foreign-minister', 'defence-minister', 'opposition-leader'];

export interface NetReport {
  rooms: number;
  devices: number;
  intents: number;
  accepted: number;
  lost: number;
  p50Ms: number;
  p95Ms: number;
  serverRssMb: number;
  restart: { lost: number; resumeMs: number };
}

export interface Cluster {
  servers: ServerProcess[];
  services: Service[];
  /** The servers' data folder (their SQLite file), removed by `stopCluster`. */
  dataDir: string;
}

export async function startCluster(processes: number, nodeArgs: string[]): Promise<Cluster> {
  const dataDir = mkdtempSync(join(tmpdir(), 'red-lines-bench-'));
  const services: Service[] = [];
  const env: Record<string, string> = {
    DATA_DIR: dataDir,
    // Every simulated device comes from this one address.
    JOINS_PER_MINUTE: '1000000',
  };
  if (processes > 1) {
    const [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
    services.push(redis, postgres);
    env.REDIS_URL = redis.url;
    env.DATABASE_URL = postgres.url;
  }
  const servers: ServerProcess[] = [];
  for (let i = 0; i < processes; i++) {
    const port = await freePort();
    const own: Record<string, string> = processes > 1 ? { PUBLIC_ADDRESS: `127.0.0.1:${port}` } : {};
    servers.push(await startServer({ ...env, ...own, PORT: String(port) }, nodeArgs));
  }
  return { servers, services, dataDir };
}

/** Stops the servers and the services, and removes the data they kept. */
export async function stopCluster(cluster: Cluster): Promise<void> {
  for (const s of cluster.servers) await s.kill();
  for (const s of cluster.services) await s.stop();
  rmSync(cluster.dataDir, { recursive: true, force: true });
}

async function post<T>(endpoint: string, path: string, body: unknown): Promise<T> {
  const res = await fetch(`${endpoint}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** Creates a class with up to five teams and connects its devices: console, projector, then teams in turn. */
export async function openClass(endpoint: string, devices: number): Promise<ClassRun> {
  const teamCount = Math.max(1, Math.min(ROLES.length, devices - 2));
  const teams = ROLES.slice(0, teamCount).map((role) => ({ id: role, name: role, seat: 'nsc', role }));
  const made = await post<CreateClassResponse>(endpoint, '/api/classes', {
    scenarioId: 'seoul-2024',
    start: { type: 'game.start', length: 'short', teams },
    pin: '2468',
  });
  const facilitator = await connectDevice(endpoint, made.classId, made.facilitatorToken);
  const run: ClassRun = {
    code: made.code,
    classId: made.classId,
    facilitator,
    teams: [],
    devices: [facilitator],
    sent: [],
  };
  if (devices >= 2) run.devices.push(await connectDevice(endpoint, made.classId, made.projectorToken));
  for (let i = 0; run.devices.length < devices; i++) {
    const team = teams[i % teams.length]?.id ?? '';
    const joined = await post<JoinResponse>(endpoint, '/api/join', { code: made.code, team });
    const device = await connectDevice(endpoint, joined.classId, joined.token);
    run.devices.push(device);
    if (i < teams.length) run.teams.push(device);
  }
  return run;
}

/** Runs `work` over `items`, `limit` at a time. */
export async function inBatches<T, R>(
  items: T[],
  limit: number,
  work: (item: T, i: number) => Promise<R>,
): Promise<R[]> {
  const out: R[] = [];
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) out[i] = await work(items[i] as T, i);
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return out;
}

/** The servers' resident memory in MB, all processes together. */
export function rssMb(servers: ServerProcess[]): number {
  let kb = 0;
  for (const s of servers) {
    // A process killed a moment ago has no status any more: it holds no memory.
    const file = `/proc/${s.pid}/status`;
    if (existsSync(file)) kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(file, 'utf8'))?.[1] ?? 0);
  }
  return kb / 1024;
}

export const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? 0 : (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0);

/** CPU seconds a process has spent so far, user and system (`/proc/<pid>/stat`, in clock ticks of 1/100 s). */
export function cpuSeconds(pid: number): number {
  const file = `/proc/${pid}/stat`;
  if (!existsSync(file)) return 0;
  const fields = readFileSync(file, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) / 100;
}

/**
 * Kills the first server with SIGKILL when half the expected intents are in, restarts it, and
 * times the resume. Also counts the CPU time the restarted server and this driver spent until
 * every class was back (less dependent on the machine's load than the wall clock).
 */
async function crashMidway(cluster: Cluster, runs: ClassRun[], expected: number) {
  const accepted = () => runs.reduce((n, r) => n + r.sent.filter((s) => s.result.ok).length, 0);
  await waitFor('half the intents', () => accepted() >= expected / 2, 600_000);
  const first = cluster.servers[0] as ServerProcess;
  await first.kill('SIGKILL');
  const killedAt = Date.now();
  const driverAtKill = process.cpuUsage();
  const restarted = await first.restart();
  cluster.servers[0] = restarted;
  const listening = Date.now() - killedAt;
  const serverCpuListening = cpuSeconds(restarted.pid);
  const back = (r: ClassRun) =>
    r.devices.every(
      (d) => d.session.connection() === 'open' && d.session.versionNow() === r.facilitator.session.versionNow(),
    );
  await waitFor('every class back', () => runs.every(back), 120_000);
  const driver = process.cpuUsage(driverAtKill);
  return {
    killedAt,
    resumedAt: Date.now(),
    listening,
    devicesBack: backTimes(runs, killedAt),
    cpu: {
      serverListening: serverCpuListening,
      serverBack: cpuSeconds(restarted.pid),
      driver: (driver.user + driver.system) / 1e6,
    },
  };
}

/** When each device was connected again after the SIGKILL (ms after it), sorted; a device never dropped counts 0. */
export function backTimes(runs: ClassRun[], killedAt: number): number[] {
  const times = runs.flatMap((r) =>
    r.devices.map((d) => {
      const open = d.connections.find((c) => c.at >= killedAt && c.state === 'open');
      return open ? open.at - killedAt : 0;
    }),
  );
  return times.sort((a, b) => a - b);
}

interface NetOptions {
  rooms: number;
  devices: number;
  processes: number;
  seed: number;
  /** A folder for the servers' CPU profiles (written when a server stops; a heap snapshot on SIGUSR2). */
  profile?: string;
}

export async function benchNet(options: NetOptions, io: Io) {
  const profiling = options.profile
    ? [
        '--cpu-prof',
        `--cpu-prof-dir=${options.profile}`,
        '--heapsnapshot-signal=SIGUSR2',
        `--diagnostic-dir=${options.profile}`,
      ]
    : [];
  const cluster = await startCluster(options.processes, profiling);
  io.err(`server process(es): ${cluster.servers.map((s) => s.pid).join(', ')}\n`);
  let runs: ClassRun[] = [];
  let sampler: NodeJS.Timeout | undefined;
  try {
    const baseline = rssMb(cluster.servers);
    const endpoints = cluster.servers.map((s) => s.endpoint);
    runs = await inBatches(
      Array.from({ length: options.rooms }, (_, i) => i),
      8,
      (i) => openClass(endpoints[i % endpoints.length] as string, options.devices),
    );
    io.err(`${runs.length} classes, ${runs.reduce((n, r) => n + r.devices.length, 0)} devices connected\n`);
    let peak = rssMb(cluster.servers);
    sampler = setInterval(() => {
      peak = Math.max(peak, rssMb(cluster.servers));
    }, 500);
    const pick = seeded(options.seed);
    // A class acts every one to three seconds (a real one, every few seconds at most).
    const think = async () => {
      await sleep(1000 + pick() * 2000);
    };
    const playing = Promise.all(runs.map((r, i) => playClass(r, seeded(options.seed + i), think, () => false)));
    const crash = await crashMidway(cluster, runs, options.rooms * 30);
    await playing;
    clearInterval(sampler);
    const end = rssMb(cluster.servers);
    const report = await summarise(runs, crash, peak);
    io.err(
      `server memory: ${baseline.toFixed(0)} MB before any class, ${peak.toFixed(0)} MB at the peak, ${end.toFixed(0)} MB at the end\n`,
    );
    const back = crash.devicesBack;
    io.err(
      `restart: the server listened again ${crash.listening} ms after the SIGKILL; devices connected again after ` +
        `${percentile(back, 50)} ms (half), ${percentile(back, 95)} ms (95 %), ${back[back.length - 1] ?? 0} ms (last)\n`,
    );
    const cpu = crash.cpu;
    io.err(
      `restart CPU: the restarted server ${cpu.serverListening.toFixed(2)} s until it listened, ` +
        `${cpu.serverBack.toFixed(2)} s until every class was back; this driver ${cpu.driver.toFixed(2)} s from the SIGKILL until then\n`,
    );
    return report;
  } finally {
    // A run that failed midway leaves devices trying to reconnect and the memory sampler running:
    // they would keep the tool alive.
    clearInterval(sampler);
    for (const run of runs) for (const d of run.devices) d.session.close();
    await stopCluster(cluster);
  }
}

async function summarise(runs: ClassRun[], crash: { killedAt: number; resumedAt: number }, peakMb: number) {
  const latencies: number[] = [];
  let lost = 0;
  let lostInRestart = 0;
  for (const run of runs) {
    const save = await run.facilitator.session.save();
    const acked = run.sent.filter((s) => s.result.ok);
    lost += missing(
      acked.map((s) => s.intent),
      save.events,
    );
    const before = acked.filter((s) => s.answeredAt < crash.killedAt).map((s) => s.intent);
    lostInRestart += missing(before, save.events);
    for (const s of acked) {
      if (s.answeredAt >= crash.killedAt && s.sentAt <= crash.resumedAt) continue;
      const held = heldByAll(run, s.version);
      if (held !== undefined) latencies.push(held - s.sentAt);
    }
  }
  latencies.sort((a, b) => a - b);
  const sent = runs.flatMap((r) => r.sent);
  const report: NetReport = {
    rooms: runs.length,
    devices: runs.reduce((n, r) => n + r.devices.length, 0),
    intents: sent.length,
    accepted: sent.filter((s) => s.result.ok).length,
    lost,
    p50Ms: Math.round(percentile(latencies, 50)),
    p95Ms: Math.round(percentile(latencies, 95)),
    serverRssMb: Math.round(peakMb),
    restart: { lost: lostInRestart, resumeMs: crash.resumedAt - crash.killedAt },
  };
  for (const run of runs) for (const d of run.devices) d.session.close();
  return report;
}

/**
 * Parses a network benchmark's command line: `--rooms`, `--devices`, `--profile`, `--json` and the
 * tool's own string options (`more`, with their defaults). Throws on an unknown option. Also quiets
 * the Colyseus client, which narrates every dropped connection on the console: with hundreds of
 * simulated devices that drowns the report (and `--json` wants standard output to itself).
 */
export function netOptions(argv: string[], more: Record<string, string>): Record<string, string | boolean | undefined> {
  const own = Object.fromEntries(Object.entries(more).map(([k, v]) => [k, { type: 'string' as const, default: v }]));
  const options = {
    rooms: { type: 'string' as const, default: '100' },
    devices: { type: 'string' as const, default: '7' },
    profile: { type: 'string' as const },
    json: { type: 'boolean' as const, default: false },
    ...own,
  };
  const values = parseArgs({ args: argv, options }).values;
  console.info = () => undefined;
  console.warn = () => undefined;
  return values;
}

export async function benchNetCommand(argv: string[], io: Io): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = netOptions(argv, { processes: '1', seed: '1' });
  } catch (error) {
    return usageError(io, USAGE, argsReason(error));
  }
  const n = (name: string, min: number) => {
    const v = Number(values[name]);
    return Number.isInteger(v) && v >= min ? v : undefined;
  };
  const [rooms, devices, processes, seed] = [n('rooms', 1), n('devices', 1), n('processes', 1), n('seed', 0)];
  if (rooms === undefined || devices === undefined || processes === undefined || seed === undefined)
    return usageError(io, USAGE, '--rooms, --devices and --processes take whole numbers of at least 1');
  const profile = typeof values.profile === 'string' ? values.profile : undefined;
  const report = await benchNet({ rooms, devices, processes, seed, ...(profile ? { profile } : {}) }, io);
  if (values.json) io.out(`${JSON.stringify(report)}\n`);
  else
    io.out(
      `${report.rooms} classes, ${report.devices} devices, ${processes} process(es): ${report.accepted}/${report.intents} intents accepted, ` +
        `${report.lost} lost; intent to every device's view p50 ${report.p50Ms} ms, p95 ${report.p95Ms} ms; ` +
        `server ${report.serverRssMb} MB; after SIGKILL: ${report.restart.lost} lost, every class back in ${report.restart.resumeMs} ms\n`,
    );
  return report.lost === 0 && report.restart.lost === 0 ? 0 : 1;
}

await runMain(import.meta.url, benchNetCommand);
