/**
 * Reads a Zadig server's versions for the index, with a given `Authorization`:
 * - list: `GET /openapi/delivery/releases?projectKey=&pageNum=&pageSize=` → `{list, total}`, newest
 *   first by `created_at`, items without `services` (pkg/microservice/aslan/core/delivery/handler/openapi.go
 *   `OpenAPIListDeliveryVersion`; service/openapi.go `OpenAPIDeliveryVersionInfoV2`: `id, version_name,
 *   type, source, status, labels, description, created_by, create_time` in unix seconds).
 * - detail: `GET /openapi/delivery/releases/detail?projectKey=&versionName=` (the only detail route,
 *   handler/router.go `OpenAPIRouter`).
 * A refusal becomes a `ZadigError` with Zadig's own status and body (401/403 come with none).
 */
import { z } from 'zod';
import type { ReleaseSummary } from '../../../src/api/model';
import { upstreamUrl, ZADIG_UNREACHABLE, zadigUnreachableHint } from '../../proxy-target';
import { ZadigError } from '../../http';

const listItem = z.object({
  id: z.string(),
  version_name: z.string(),
  type: z.string().catch(''),
  source: z.string().catch(''),
  status: z.string().catch(''),
  labels: z.array(z.string()).nullish().catch([]),
  description: z.string().nullish().catch(''),
  created_by: z.string().nullish().catch(''),
  create_time: z.number().nullish().catch(null),
});
const listPage = z.object({ list: z.array(listItem).nullish(), total: z.number().int().min(0) });

export interface Page {
  items: ReleaseSummary[];
  total: number;
}

export function toMillis(value: number | null | undefined): number | null {
  if (!value || value <= 0) return null;
  return value > 1e12 ? value : value * 1000;
}

function summary(item: z.infer<typeof listItem>): ReleaseSummary {
  return {
    id: item.id,
    name: item.version_name,
    type: item.type,
    source: item.source,
    status: item.status,
    labels: item.labels ?? [],
    description: item.description ?? '',
    createdBy: item.created_by ?? '',
    createdAt: toMillis(item.create_time),
  };
}

async function refusal(res: Response): Promise<ZadigError> {
  const text = await res.text().catch(() => '');
  if (text.trim() === '') return new ZadigError(res.status, null);
  try {
    const body: unknown = JSON.parse(text);
    if (body && typeof body === 'object' && !Array.isArray(body))
      return new ZadigError(res.status, body as Record<string, unknown>);
  } catch {
    // gin's text/plain answers (404 `Invalid path`, 405 `Method not allowed`)
  }
  return new ZadigError(res.status, { code: res.status, message: 'Zadig', description: text.slice(0, 500) });
}

/** Zadig could not be reached (502, 503) or did not answer in time (504), as against a refusal. */
export function isUnreachable(e: unknown): e is ZadigError {
  return e instanceof ZadigError && [502, 503, 504].includes(e.status);
}

export class ZadigReader {
  constructor(
    private readonly base: URL,
    private readonly timeoutMs: number,
  ) {}

  async get(path: string, authorization: string | undefined): Promise<unknown> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (authorization) headers.authorization = authorization;
    let res: Response;
    try {
      res = await fetch(upstreamUrl(this.base, path), {
        headers,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (e) {
      const timedOut = e instanceof Error && e.name === 'TimeoutError';
      if (timedOut) {
        throw new ZadigError(504, {
          code: 504,
          message: 'Gateway Timeout',
          description: `The Zadig server did not answer within ${Math.round(this.timeoutMs / 1000)} s. Try again later.`,
        });
      }
      // The user's answer says Zadig cannot be reached; the error's message, which the index logs,
      // keeps the operator's hint.
      throw new ZadigError(
        502,
        { code: 502, message: 'Bad Gateway', description: ZADIG_UNREACHABLE },
        zadigUnreachableHint(this.base),
      );
    }
    if (!res.ok) throw await refusal(res);
    try {
      return await res.json();
    } catch {
      throw new ZadigError(502, { code: 502, message: 'Bad Gateway', description: 'Zadig answered no JSON' });
    }
  }

  async page(project: string, pageNum: number, pageSize: number, authorization?: string): Promise<Page> {
    const q = new URLSearchParams({
      projectKey: project,
      pageNum: String(pageNum),
      pageSize: String(pageSize),
    });
    const parsed = listPage.safeParse(await this.get(`/openapi/delivery/releases?${q}`, authorization));
    if (!parsed.success) {
      throw new ZadigError(502, {
        code: 502,
        message: 'Bad Gateway',
        description: 'Zadig sent a list of another shape',
      });
    }
    return { items: (parsed.data.list ?? []).map(summary), total: parsed.data.total };
  }

  detail(project: string, name: string, authorization?: string): Promise<unknown> {
    const q = new URLSearchParams({ projectKey: project, versionName: name });
    return this.get(`/openapi/delivery/releases/detail?${q}`, authorization);
  }
}
