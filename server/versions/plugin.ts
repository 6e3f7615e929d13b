/**
 * The console's own versions API (see `source.ts` for the contract) as a Fastify plugin over a
 * `VersionSource`: request schemas in zod through `fastify-type-provider-zod`, a bad parameter answered
 * 400 in the app's error shape naming the parameter and what to send, every request and stream
 * authorised first. The plugin owns the source it is given and what it opens: the event streams end in
 * `preClose` (so the server's close need not wait for them) and the source closes in `onClose`.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { sendJson, ZadigError } from '../http';
import { crossSiteReason, hasOwnAuthorization } from '../request-guard';
import { useZodSchemas } from '../route-schemas';
import { EventStreams } from './event-stream';
import type { Caller, VersionSource } from './source';
import { MAX_FILTER_TEXT } from '../../src/api/model';

export interface VersionsPluginOptions {
  source: VersionSource;
  /** How often a comment line keeps an event stream's connection alive (default 15 s). */
  heartbeatMs?: number;
  /** `ALLOWED_HOSTS`: names the console's own pages may come from besides the request's Host. */
  allowedHosts?: readonly string[] | undefined;
}

export const VERSIONS_PATH = '/api/projects/:project/versions';
/** Beside the versions, not under them: a version may be named `events` (Zadig's names are free text). */
export const VERSION_EVENTS_PATH = '/api/projects/:project/version-events';

const MAX_TEXT = MAX_FILTER_TEXT;
const MAX_VALUES = 50;

function wholeNumber(name: string, min: number, max: number, example: number) {
  const error = `must be a whole number from ${min} to ${max}; send e.g. ${name}=${example}`;
  return z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error }).default(example);
}

function oneText(name: string) {
  return z
    .string({ error: `must be given once, as text; send e.g. ${name}=…` })
    .trim()
    .max(MAX_TEXT, { error: `must be at most ${MAX_TEXT} characters` })
    .default('');
}

/** A repeatable parameter (`status=a&status=b`): the distinct non-empty values. */
function manyTexts(name: string) {
  return z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => [...new Set((v === undefined ? [] : [v].flat()).map((s) => s.trim()))].filter(Boolean))
    .pipe(
      z
        .array(z.string().max(MAX_TEXT, { error: `each value must be at most ${MAX_TEXT} characters` }))
        .max(MAX_VALUES, { error: `must be given at most ${MAX_VALUES} times; send fewer ${name} values` }),
    );
}

export const versionQuerySchema = z.object({
  page: wholeNumber('page', 1, 1_000_000, 1),
  size: wholeNumber('size', 1, 100, 20),
  q: oneText('q'),
  status: manyTexts('status'),
  type: oneText('type'),
  label: manyTexts('label'),
});

const name = (what: string) =>
  z
    .string()
    .min(1, { error: `must name a ${what}` })
    .max(8192, { error: 'is too long' });
const projectParams = z.object({ project: name('project') });
const versionParams = z.object({ project: name('project'), name: name('version') });

/** Zadig's answer that the caller may not read (an outage says nothing about the caller). */
const refusal = (e: unknown) => e instanceof ZadigError && (e.status === 401 || e.status === 403);

function callerOf(req: FastifyRequest): Caller {
  return { authorization: req.headers.authorization };
}

export async function versionsPlugin(app: FastifyInstance, options: VersionsPluginOptions): Promise<void> {
  const { source } = options;
  const streams = new EventStreams(options.heartbeatMs ?? 15_000);

  // a bad parameter → 400 naming it; the rest goes on to the app's handler
  const routes = useZodSchemas(app);
  // Read with the server's token only for the console's own pages: another site's page could otherwise
  // make a visitor's browser spend that token (request-guard.ts, as the /openapi proxy does).
  app.addHook('onRequest', async (req) => {
    if (hasOwnAuthorization(req.headers)) return;
    const crossSite = crossSiteReason(req.headers, options.allowedHosts);
    if (crossSite)
      throw new ZadigError(403, {
        code: 403,
        message: 'Forbidden',
        description: `Cross-site request refused (${crossSite}).`,
      });
  });
  app.addHook('preClose', (done) => {
    streams.closeAll();
    done();
  });
  app.addHook('onClose', async () => {
    streams.closeAll();
    await source.close();
  });

  routes.get(
    VERSIONS_PATH,
    { schema: { params: projectParams, querystring: versionQuerySchema } },
    async (req, reply) => {
      const caller = callerOf(req);
      await source.authorise(req.params.project, caller);
      return sendJson(reply, 200, await source.list(req.params.project, req.query, caller));
    },
  );

  routes.get(`${VERSIONS_PATH}/:name`, { schema: { params: versionParams } }, async (req, reply) => {
    const caller = callerOf(req);
    await source.authorise(req.params.project, caller);
    return sendJson(reply, 200, await source.detail(req.params.project, req.params.name, caller));
  });

  routes.get(
    VERSION_EVENTS_PATH,
    { schema: { params: projectParams }, exposeHeadRoute: false },
    async (req, reply) => {
      const { project } = req.params;
      const caller = callerOf(req);
      await source.authorise(project, caller);
      // Asked again at each heartbeat (kept briefly by the source): a token Zadig stops accepting, or a
      // right taken away, ends the stream, and the client's next connection gets Zadig's refusal.
      const allowed = () =>
        source.authorise(project, caller).then(
          () => true,
          (e: unknown) => !refusal(e),
        );
      streams.start(req, reply, (send) => source.subscribe(project, send), allowed);
      return reply;
    },
  );
}
