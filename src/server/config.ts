/** The class server's settings, read from the environment once at start; each has a default for one laptop. */
import { join } from 'node:path';

export interface ServerConfig {
  port: number;
  host: string;
  /** Where the SQLite file lives (`<dataDir>/classes.sqlite`) when no database URL is given. */
  dataDir: string;
  databaseUrl?: string;
  redisUrl?: string;
  /** Serves the built game from here (absent: rooms and the API only). */
  staticDir?: string;
  /** A class is deleted, with its log, this long after its last event. */
  ttlMs: number;
  /** How long a dropped device keeps its place before it counts as gone (it can always come back with its token). */
  reconnectSeconds: number;
  /** A room with nobody in it is closed after this long (the class stays stored). */
  idleMs: number;
  /** Web pages on other origins that may open a socket here (the server's own origin always may). */
  allowedOrigins: string[];
  /** Behind a load balancer: take the device's address from X-Forwarded-For. */
  trustProxy: boolean;
  /** This process's own address as devices reach it (several processes behind one name). */
  publicAddress?: string;
  /**
   * Token requests (join, console, create, code look-ups) allowed per address per minute: enough
   * for a class of thirty behind one school address typing codes twice over, far too few to guess codes.
   */
  joinsPerMinute: number;
  /** How long five wrong PINs in a row lock a class's console. */
  pinLockMs: number;
}

type Env = Record<string, string | undefined>;

const number = (env: Env, name: string, fallback: number): number => {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a number, not "${value}"`);
  return n;
};

/** Reads the settings; `root` is the project folder (the default data folder and the built game are in it). */
export function configFrom(env: Env, root: string): ServerConfig {
  const config: ServerConfig = {
    port: number(env, 'PORT', 8080),
    host: env.HOST || '0.0.0.0',
    dataDir: env.DATA_DIR || join(root, 'data'),
    staticDir: env.STATIC_DIR || join(root, 'dist'),
    ttlMs: number(env, 'CLASS_TTL_HOURS', 24) * 3_600_000,
    reconnectSeconds: number(env, 'RECONNECT_SECONDS', 120),
    idleMs: number(env, 'IDLE_MINUTES', 10) * 60_000,
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    joinsPerMinute: number(env, 'JOINS_PER_MINUTE', 300),
    pinLockMs: number(env, 'PIN_LOCK_SECONDS', 60) * 1000,
  };
  if (env.DATABASE_URL) config.databaseUrl = env.DATABASE_URL;
  if (env.REDIS_URL) config.redisUrl = env.REDIS_URL;
  if (env.PUBLIC_ADDRESS) config.publicAddress = env.PUBLIC_ADDRESS;
  return config;
}
