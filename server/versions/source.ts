/**
 * What the console's server knows of a project's versions, for every page and every user: a filtered,
 * paged list, one version by name, and a stream of changes. Two implementations: the sandbox's (its
 * database, filters in SQL) and the proxy's (one index per Zadig host and project, kept in DATA_DIR,
 * refreshed once per interval however many people watch). The routes (`plugin.ts`) know only this.
 *
 * HTTP contract (the browser's only way to read versions):
 * - `GET /api/projects/:project/versions?page=&size=&q=&status=&status=&type=&label=&label=`
 *   → 200 `VersionList`. `page` 1-based, `size` 1..100; filters as in the list page's URL.
 * - `GET /api/projects/:project/versions/:name` → 200 `ReleaseDetail` (the console's model); the name
 *   URL-encoded as one segment (`encodeURIComponent`: `a/b` → `a%2Fb`); none of that name → 404.
 * - A bad parameter → 400 `{ code, message, description }`, the description naming it and what to send.
 * - `GET /api/projects/:project/version-events` → `text/event-stream` of `VersionEvent`s (event name =
 *   `type`, data = the JSON), a `progress` event first, a `: heartbeat` comment line every 15 s. Beside
 *   `versions/`, not under it: Zadig's version names are free text, so a version may be named `events`.
 *   The stream ends when the server closes (a reader reconnects). `EventSource` cannot send an
 *   `Authorization` header: a caller with a token reads the stream with `fetch` (e.g. with
 *   `eventsource-parser`); tokens are never taken from the URL.
 * - Every request and stream is authorised with the caller's `Authorization` (or the server's token):
 *   a refusal is Zadig's own status and body (`{ code, message, description }`).
 */
import type { ReleaseDetail, VersionEvent, VersionList, VersionQuery } from '../../src/api/model';

export type { IndexProgress, VersionEvent, VersionList, VersionQuery } from '../../src/api/model';

/** Who is asking: their own `Authorization` header value, if they sent one. */
export interface Caller {
  authorization?: string | undefined;
}

export interface VersionSource {
  /**
   * Resolves when the caller may read the project; otherwise throws a `ZadigError` (server/http.ts)
   * carrying Zadig's answer (401, 403, 404 for an unknown project…). Cached briefly per caller and project.
   */
  authorise(project: string, caller: Caller): Promise<void>;
  list(project: string, query: VersionQuery, caller: Caller): Promise<VersionList>;
  /** One version by name; a `ZadigError` 404 when the project has none of that name. */
  detail(project: string, name: string, caller: Caller): Promise<ReleaseDetail>;
  /**
   * Calls `listener` with a `progress` event at once, then for every change of the project's versions,
   * until the returned function is called.
   */
  subscribe(project: string, listener: (event: VersionEvent) => void): () => void;
  /** A write to the project went through (create, retry, delete): read what changed now. */
  touched(project: string): void;
  close(): Promise<void>;
}
