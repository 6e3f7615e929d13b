/** `GET /openapi/projects/project`: the sandbox's projects, a page at a time. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { queryObject, sendJson, validate } from '../../http';
import type { SandboxDeps } from './shared';

const optionalPositive = (fallback: number, max: number) =>
  z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').max(max).default(fallback);
const projectsQuery = z.object({
  pageNum: optionalPositive(1, 1_000_000),
  pageSize: optionalPositive(20, 1000),
});

export function projectRoutes(app: FastifyInstance, { reference }: SandboxDeps): void {
  app.get('/openapi/projects/project', (req, reply) => {
    const q = validate(projectsQuery, queryObject(req.url));
    return sendJson(reply, 200, reference.projects(q.pageNum, q.pageSize));
  });
}
