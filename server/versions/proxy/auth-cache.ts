/**
 * Who may read a project, as Zadig says, asked once per (token, project) and kept briefly: one cheap
 * read of that project, the version list with `pageSize=1`. That route checks the caller's rights on
 * the project named by `projectKey` (pkg/microservice/aslan/core/delivery/handler/openapi.go,
 * `OpenAPIListDeliveryVersion`: `ProjectAuthInfo[projectKey]`, else 403). `GET /openapi/projects/project`
 * would not do: it ignores `projectKey` (pkg/microservice/aslan/core/project/handler/openapi.go,
 * `OpenAPIListProject`; service/types.go `OpenAPIListProjectReq` has only pageNum and pageSize).
 * A refusal (Zadig's status and body) is kept as briefly as a permission.
 */
import { ZadigError } from '../../http';
import type { Clock } from './clock';
import type { Page, ZadigReader } from './zadig-reader';

interface Entry {
  until: number;
  outcome: Promise<Page>;
}

const MAX_ENTRIES = 10_000;

export class AuthCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly reader: ZadigReader,
    private readonly clock: Clock,
    private readonly ttlMs: number,
  ) {}

  /** Zadig's newest version and total for this caller, or its refusal (a `ZadigError`). */
  check(project: string, authorization: string | undefined): Promise<Page> {
    const key = `${authorization ?? ''}\n${project}`;
    const now = this.clock.now();
    const cached = this.entries.get(key);
    if (cached && cached.until > now) return cached.outcome;
    if (this.entries.size >= MAX_ENTRIES) this.prune(now);
    const outcome = this.reader.page(project, 1, 1, authorization);
    const entry = { until: now + this.ttlMs, outcome };
    this.entries.set(key, entry);
    // a network failure is not an answer about the caller: asked again next time
    outcome.catch((e: unknown) => {
      const answered = e instanceof ZadigError && e.status < 500;
      if (!answered && this.entries.get(key) === entry) this.entries.delete(key);
    });
    return outcome;
  }

  private prune(now: number): void {
    for (const [key, entry] of this.entries) if (entry.until <= now) this.entries.delete(key);
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
  }
}
