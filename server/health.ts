/** `GET /api/health`: the mode, and in proxy mode the Zadig host, whether it answers and the server token. */
import type { FastifyInstance } from 'fastify';
import type { HealthResponse } from '../src/api/schemas';
import type { ServerConfig } from './config';
import { sendJson } from './http';
import { checkUpstream, zadigHost } from './proxy';

export function healthRoute(app: FastifyInstance, config: ServerConfig) {
  const proxyMode = Boolean(config.zadigUrl);
  const health = async (): Promise<HealthResponse> => {
    if (!proxyMode) return { mode: 'sandbox', upstream: 'not-applicable', serverToken: false };
    return {
      mode: 'proxy',
      zadigHost: zadigHost(config.zadigUrl!),
      upstream: await checkUpstream(config.zadigUrl!, 3_000),
      serverToken: Boolean(config.zadigToken),
    };
  };
  app.get('/api/health', async (_req, reply) => sendJson(reply, 200, await health()));
}
