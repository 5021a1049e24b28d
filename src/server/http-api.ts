/**
 * The server's HTTP side: the class API (JSON, same origin only) and the built game. Each
 * request that hands out a token or looks up a code counts against its address's limit.
 */
import { existsSync } from 'node:fs';
import express, { type Request, type Response } from 'express';
import type { z } from 'zod';
import { ConsoleRequest, CreateClassRequest, type ErrorResponse, JoinCode, JoinRequest } from '../session/protocol';
import { type Answer, createClass, join, lookUp, openConsole } from './class-admission';
import { addressOf } from './network-guard';
import type { ServerContext } from './server-context';

function send<T>(res: Response, answer: Answer<T>) {
  if (answer.ok) res.json(answer.value);
  else res.status(answer.status).json(answer.error);
}

function malformed(res: Response, error: z.ZodError) {
  const problems = error.issues.map((i) => `${i.path.join('.') || '$'}: ${i.message}`);
  res.status(400).json({ error: 'malformed', problems } satisfies ErrorResponse);
}

/** Adds the API routes and the static game to the express app Colyseus serves. */
export function mountHttp(app: express.Application, ctx: ServerContext, scenarios: Map<string, string>) {
  const limited = (req: Request, res: Response, next: () => void) => {
    const now = Date.now();
    if (ctx.tokenRequests.take(addressOf(req, ctx.config.trustProxy), now)) return next();
    res.setHeader('Retry-After', String(ctx.tokenRequests.retryAfter(now)));
    res
      .status(429)
      .json({ error: 'rate-limited', retryAfter: ctx.tokenRequests.retryAfter(now) } satisfies ErrorResponse);
  };
  // Scenario files are large; everything else is a few bytes.
  app.use('/api/classes', express.json({ limit: '6mb' }));
  app.use('/api', express.json({ limit: '4kb' }));
  const handle =
    (work: (req: Request, res: Response) => Promise<void>) =>
    (req: Request, res: Response, next: (e?: unknown) => void) =>
      work(req, res).catch(next);

  app.get('/api/health', (_req, res) => {
    res.json({ ok: true });
  });
  app.get('/api/scenarios', (_req, res) => {
    res.json([...scenarios.keys()]);
  });
  app.post(
    '/api/classes',
    limited,
    handle(async (req, res) => {
      const body = CreateClassRequest.safeParse(req.body);
      if (!body.success) return malformed(res, body.error);
      const { scenarioId, scenario, start, pin, name } = body.data;
      const text =
        scenarioId !== undefined
          ? scenarios.get(scenarioId)
          : scenario !== undefined
            ? JSON.stringify(scenario)
            : undefined;
      if (text === undefined) return void res.status(404).json({ error: 'not-found' } satisfies ErrorResponse);
      send(res, await createClass(ctx, { scenarioText: text, start, pin, name }));
    }),
  );
  app.get(
    '/api/classes/:code',
    limited,
    handle(async (req, res) => {
      const code = JoinCode.safeParse(req.params.code);
      if (!code.success) return malformed(res, code.error);
      send(res, await lookUp(ctx, code.data));
    }),
  );
  app.post(
    '/api/join',
    limited,
    handle(async (req, res) => {
      const body = JoinRequest.safeParse(req.body);
      if (!body.success) return malformed(res, body.error);
      send(res, await join(ctx, body.data.code, body.data.team));
    }),
  );
  app.post(
    '/api/console',
    limited,
    handle(async (req, res) => {
      const body = ConsoleRequest.safeParse(req.body);
      if (!body.success) return malformed(res, body.error);
      send(res, await openConsole(ctx, body.data.code, body.data.pin));
    }),
  );
  if (ctx.config.staticDir && existsSync(ctx.config.staticDir)) app.use(express.static(ctx.config.staticDir));
  app.use('/api', (_req: Request, res: Response) => {
    res.status(404).json({ error: 'not-found' } satisfies ErrorResponse);
  });
  app.use((error: unknown, _req: Request, res: Response, _next: (e?: unknown) => void) => {
    const status = (error as { status?: number }).status ?? 500;
    if (status >= 500) ctx.log(`http: ${String(error)}`);
    res.status(status).json({ error: status === 413 || status === 400 ? 'malformed' : 'refused' });
  });
}
