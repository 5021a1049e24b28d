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
  /** A token route: limited per address, its input checked by `schema`, its answer from `work`. */
  const route = <S extends z.ZodType>(
    schema: S,
    read: (req: Request) => unknown,
    work: (input: z.infer<S>) => Promise<Answer<unknown>>,
  ) => [
    limited,
    (req: Request, res: Response, next: (e?: unknown) => void) => {
      const input = schema.safeParse(read(req));
      if (!input.success) return malformed(res, input.error);
      work(input.data)
        .then((answer) => send(res, answer))
        .catch(next);
    },
  ];
  const body = (req: Request) => req.body;

  app.get('/api/health', (_req, res) => {
    res.json({ ok: true });
  });
  app.get('/api/scenarios', (_req, res) => {
    res.json([...scenarios.keys()]);
  });
  app.post(
    '/api/classes',
    ...route(CreateClassRequest, body, async ({ scenarioId, scenario, start, pin, name }) => {
      const file = scenario === undefined ? undefined : JSON.stringify(scenario);
      const text = scenarioId === undefined ? file : scenarios.get(scenarioId);
      if (text === undefined) return { ok: false, status: 404, error: { error: 'not-found' } };
      return createClass(ctx, { scenarioText: text, start, pin, name });
    }),
  );
  app.get(
    '/api/classes/:code',
    ...route(
      JoinCode,
      (req) => req.params.code,
      (code) => lookUp(ctx, code),
    ),
  );
  app.post('/api/join', ...route(JoinRequest, body, ({ code, team }) => join(ctx, code, team)));
  app.post('/api/console', ...route(ConsoleRequest, body, ({ code, pin }) => openConsole(ctx, code, pin)));
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
