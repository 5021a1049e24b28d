/**
 * One class server process: Colyseus over WebSockets with express beside it on one port, the
 * store (SQLite, or PostgreSQL with a database URL), and with a Redis URL the presence and
 * driver that let several processes share classes. At start it brings back every open class
 * from the store; every minute it deletes the classes that have expired.
 */
import { createServer, type Server as HttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { LocalDriver, LocalPresence, matchMaker, Server } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { CLASS_ROOM, CLOSE, LIMITS } from '../session/protocol';
import { classRoomType, openClassRoom } from './class-room';
import type { ServerConfig } from './config';
import { mountHttp } from './http-api';
import { originAllowed, pinAddress } from './network-guard';
import { PerMinute } from './rate-limit';
import type { ServerContext } from './server-context';
import { openStore } from './store/open-store';

export interface RunningServer {
  port: number;
  /** How many classes were brought back from the store at start. */
  restored: number;
  context: ServerContext;
  close(): Promise<void>;
}

/** Starts the server; resolves once it listens and has restored the open classes. */
export async function startClassServer(
  config: ServerConfig,
  options: { log?: (line: string) => void; scenarios?: Map<string, string> } = {},
): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  const store = await openStore({
    sqliteFile: join(config.dataDir, 'classes.sqlite'),
    ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
  });
  const ctx: ServerContext = {
    store,
    config,
    log,
    failedJoins: new PerMinute(config.joinsPerMinute),
    tokenRequests: new PerMinute(config.joinsPerMinute),
  };
  const http = createServer();
  // Before Colyseus and express see a request or a socket: the real address, and no page of another site.
  const guard = (req: IncomingMessage) => {
    pinAddress(req, config.trustProxy);
    return originAllowed(req, config.allowedOrigins);
  };
  const transport = new WebSocketTransport({
    server: http,
    maxPayload: LIMITS.frameBytes,
    verifyClient: ({ req }: { req: IncomingMessage }) => guard(req),
  });
  matchMaker.controller.exposedMethods = ['joinOrCreate', 'reconnect'];
  // Same origin only: no cross-site page gets an answer it can read.
  matchMaker.controller.DEFAULT_CORS_HEADERS = {} as typeof matchMaker.controller.DEFAULT_CORS_HEADERS;
  matchMaker.controller.getCorsHeaders = () => ({});
  const server = new Server({
    transport,
    greet: false,
    gracefullyShutdown: false,
    ...(await presenceAndDriver(config.redisUrl)),
    ...(config.publicAddress ? { publicAddress: config.publicAddress } : {}),
    express: (app) => mountHttp(app, ctx, options.scenarios ?? new Map()),
    // Alone, the process brings its classes back before it takes connections, so a device that
    // reconnects finds its class at once. Sharing Redis, it restores after joining the cluster,
    // once the rooms of a process that died have been cleared from the shared listing.
    beforeListen: async () => {
      await matchMaker.onReady;
      if (!config.redisUrl) restored = await restoreOpenClasses(ctx);
    },
  });
  let restored = 0;
  server.define(CLASS_ROOM, classRoomType(ctx)).filterBy(['classId']);
  await server.listen(config.port, config.host);
  // Colyseus adds its request handlers while it starts listening; this continuation runs before any request can arrive.
  guardRequests(http, guard);
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  if (config.redisUrl) restored = await restoreOpenClasses(ctx);
  const sweeper = setInterval(() => void sweep(ctx), 60_000);
  return {
    port,
    restored,
    context: ctx,
    async close() {
      clearInterval(sweeper);
      await server.gracefullyShutdown(false);
      await store.close();
    },
  };
}

/** Puts `guard` in front of every request handler the server has: a refused request goes no further. */
function guardRequests(http: HttpServer, guard: (req: IncomingMessage) => boolean): void {
  const handlers = http.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  http.removeAllListeners('request');
  http.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (!guard(req)) {
      res.writeHead(403, { 'content-type': 'application/json' }).end('{"error":"forbidden"}');
      return;
    }
    for (const handle of handlers) handle.call(http, req, res);
  });
}

/** Redis when several processes share classes (loaded only then: one laptop starts faster without it). */
async function presenceAndDriver(redisUrl: string | undefined) {
  if (!redisUrl) return { presence: new LocalPresence(), driver: new LocalDriver() };
  const [{ RedisPresence }, { RedisDriver }] = await Promise.all([
    import('@colyseus/redis-presence'),
    import('@colyseus/redis-driver'),
  ]);
  return { presence: new RedisPresence(redisUrl), driver: new RedisDriver(redisUrl) };
}

/** Brings back every class that was open when the server stopped, a few at a time. */
async function restoreOpenClasses(ctx: ServerContext): Promise<number> {
  const ids = await ctx.store.openClasses(Date.now() - ctx.config.ttlMs);
  let restored = 0;
  const work = [...ids];
  const worker = async () => {
    for (let id = work.shift(); id !== undefined; id = work.shift()) {
      try {
        if (await openClassRoom(id, CLASS_ROOM)) restored += 1;
      } catch (error) {
        // Another process holds it, or it was just opened by a device's join: either way it is open.
        if (!String(error).includes('open elsewhere')) ctx.log(`class ${id}: not restored: ${String(error)}`);
      }
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  if (ids.length > 0) ctx.log(`restored ${restored} of ${ids.length} open classes`);
  return restored;
}

/** Deletes expired classes and closes their rooms on this process (a room elsewhere closes itself). */
async function sweep(ctx: ServerContext): Promise<void> {
  try {
    const deleted = await ctx.store.deleteExpired(Date.now() - ctx.config.ttlMs);
    for (const id of deleted) {
      await matchMaker.getLocalRoomById(id)?.disconnect(CLOSE.gone);
      ctx.log(`class ${id}: expired and deleted`);
    }
  } catch (error) {
    ctx.log(`expiry sweep: ${String(error)}`);
  }
}
