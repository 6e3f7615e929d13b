/**
 * Route schemas in zod through `fastify-type-provider-zod`, and the one way the server answers a
 * request that fails them: 400 `{code:400, message:'Bad Request', description}` (Zadig's bad-parameter
 * answer, `ErrInvalidParam` in koderover/zadig pkg/tool/errors/http_errors.go), the description naming
 * each bad field and what to send: `services[0].images[0].source_image: is required`.
 */
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { badRequest, fieldPath, sendError } from './http';

/** One failed check as `fastify-type-provider-zod` reports it (a zod issue without its path). */
interface ValidationEntry {
  keyword: string;
  instancePath: string;
  message?: string | undefined;
  params: Record<string, unknown>;
}

const INPUT_OF: Record<string, 'body' | 'query' | 'params' | 'headers'> = {
  body: 'body',
  querystring: 'query',
  params: 'params',
  headers: 'headers',
};

/** The path's keys, array indexes as numbers (`/services/0/images` → `services`, 0, `images`). */
function pathOf(instancePath: string, input: unknown): { path: PropertyKey[]; value: unknown } {
  const path: PropertyKey[] = [];
  let value = input;
  for (const segment of instancePath.split('/').slice(1)) {
    if (segment === '') continue;
    const key = Array.isArray(value) && /^\d+$/.test(segment) ? Number(segment) : segment;
    path.push(key);
    value =
      value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return { path, value };
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

/** A readable reason ("is required" rather than zod's type talk for a missing field). */
function reason(entry: ValidationEntry, path: PropertyKey[], value: unknown, query: boolean): string {
  const { keyword, params } = entry;
  const message = entry.message ?? 'is not valid';
  const typeOrValue = keyword === 'invalid_type' || keyword === 'invalid_value';
  if (typeOrValue && path.length > 0 && value === undefined) return 'is required';
  if (keyword === 'invalid_type' && path.length === 0 && params.expected === 'object')
    return 'must be a JSON object';
  const generic = message.startsWith('Invalid');
  if (keyword === 'invalid_type' && generic) {
    if (query && Array.isArray(value)) return 'must be given once (it was repeated)';
    return `must be ${TYPE_NAMES[String(params.expected)] ?? String(params.expected)}`;
  }
  if (keyword === 'invalid_value' && generic && Array.isArray(params.values))
    return `must be one of ${params.values.map((v) => String(v)).join(', ')}`;
  if (keyword === 'unrecognized_keys' && Array.isArray(params.keys))
    return `has unknown field(s) ${params.keys.join(', ')}`;
  return message;
}

/** `pageSize: must be at most 1000; projectKey: is required`, one clause per bad field (at most 10). */
export function describeValidation(err: FastifyError, req: FastifyRequest): string {
  const context = err.validationContext ?? 'body';
  const inputKey = INPUT_OF[context];
  const input: unknown = inputKey ? req[inputKey] : undefined;
  return ((err.validation ?? []) as unknown as ValidationEntry[])
    .slice(0, 10)
    .map((entry) => {
      const { path, value } = pathOf(entry.instancePath, input);
      const field = path.length > 0 ? fieldPath(path) : context;
      return `${field}: ${reason(entry, path, value, context === 'querystring')}`;
    })
    .join('; ');
}

/**
 * Route schemas in zod for `app` (an encapsulated plugin's instance): a request that fails one is
 * answered 400 naming the field; every other error goes on to the app's handler (Zadig's refusals as
 * they are, no internal message in a 500). Answers the instance typed for zod schemas.
 */
export function useZodSchemas(app: FastifyInstance) {
  app.setValidatorCompiler(validatorCompiler);
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (hasZodFastifySchemaValidationErrors(err))
      return sendError(reply, badRequest(describeValidation(err, req)));
    throw err;
  });
  return app.withTypeProvider<ZodTypeProvider>();
}

export type ZodApp = ReturnType<typeof useZodSchemas>;
