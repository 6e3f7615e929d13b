/** What the sandbox's route files share: their dependencies, common query schemas, body reading. */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { badRequest, queryObject, readJsonBody, validate } from '../../http';
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

/** A JSON object body, or a 400 naming `body`. */
export async function objectBody(req: FastifyRequest): Promise<Record<string, unknown>> {
  const body = await readJsonBody(req.raw);
  if (!isObject(body)) throw badRequest('body: must be a JSON object');
  return body;
}

/** The `projectKey` of the query, which must name a sandbox project (else 400). */
export function knownProject(deps: SandboxDeps, url: string): string {
  const q = validate(projectKeyQuery, queryObject(url));
  if (!deps.reference.project(q.projectKey))
    throw badRequest(`projectKey: project ${q.projectKey} does not exist`);
  return q.projectKey;
}
