/** `GET /openapi/projects/project`: the sandbox's projects, a page at a time. */
import { z } from 'zod';
import { sendJson } from '../../http';
import type { ZodApp } from '../../route-schemas';
import type { SandboxDeps } from './shared';

const optionalPositive = (fallback: number, max: number) =>
  z.coerce
    .number()
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(max, `must be at most ${max}`)
    .default(fallback);
const projectsQuery = z.object({
  pageNum: optionalPositive(1, 1_000_000),
  pageSize: optionalPositive(20, 1000),
});

export function projectRoutes(app: ZodApp, { reference }: SandboxDeps): void {
  app.get('/openapi/projects/project', { schema: { querystring: projectsQuery } }, (req, reply) =>
    sendJson(reply, 200, reference.projects(req.query.pageNum, req.query.pageSize)),
  );
}
