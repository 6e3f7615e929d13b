/** What the sandbox's route files share: their dependencies, common query schemas, the body parser. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { badRequest, readJsonBody } from '../../http';
import type { Db } from '../db';
import type { Reference } from '../reference';
import type { ReleaseStore } from '../store';
import type { Worker } from '../worker';

export interface SandboxDeps {
  db: Db;
  store: ReleaseStore;
  reference: Reference;
  worker: Worker;
}

export const required = z.string().trim().min(1, 'is required');
export const projectKeyQuery = z.object({ projectKey: required });
export const detailQuery = z.object({ projectKey: required, versionName: required });

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Request bodies read as JSON whatever their content type, as Zadig's handlers read them (gin's
 * `ShouldBindJSON` ignores `Content-Type`: koderover/zadig
 * pkg/microservice/aslan/core/delivery/handler/openapi.go), at most MAX_BODY_BYTES (`readJsonBody`:
 * 413 past it, 400 for malformed JSON). A DELETE's body is read and dropped (Zadig's delete reads none).
 */
export function parseBodiesAsJson(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', async (req: FastifyRequest) => {
    if (req.method === 'DELETE') {
      req.raw.resume();
      return undefined;
    }
    return readJsonBody(req.raw);
  });
}

/** `projectKey`, which must name a sandbox project (else 400). */
export function knownProject(deps: SandboxDeps, projectKey: string): string {
  if (!deps.reference.project(projectKey))
    throw badRequest(`projectKey: project ${projectKey} does not exist`);
  return projectKey;
}
