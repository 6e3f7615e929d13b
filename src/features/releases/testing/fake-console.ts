/**
 * For component tests: the console server's versions API (server/versions/source.ts) in front of a
 * test's fake Zadig, as the proxy's index is in front of a real one. A list is every version the fake
 * Zadig lists, read with the app's own normaliser and filtered as the sandbox filters in SQL (name
 * contains, case-insensitive; any of the statuses; the type; every label); a detail is Zadig's detail by
 * name, normalised, with the id the list gives it; a missing name is the server's typed 404. The event
 * stream is refused (404), so pages poll at the intervals a test gives (`LiveIntervalsContext`); the
 * stream itself is tested against the real server (src/api/versions.test.ts).
 */
import { normaliseReleaseDetail, normaliseReleasePage } from '../../../api/normalise';
import type { ReleaseSummary } from '../../../api/model';
import type { VersionList } from '../../../api/versions';

export interface ZadigRequest {
  method: string;
  url: URL;
  body: unknown;
}

type Zadig = (request: ZadigRequest) => Promise<Response | undefined>;

const ZADIG_LIST = '/openapi/delivery/releases';
const PATH = /^\/api\/projects\/([^/]+)\/(versions|version-events)(?:\/([^/]+))?$/;

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

async function zadigList(zadig: Zadig, projectKey: string): Promise<ReleaseSummary[] | Response> {
  const url = new URL(
    `${ZADIG_LIST}?projectKey=${encodeURIComponent(projectKey)}&pageNum=1&pageSize=10000`,
    'http://localhost',
  );
  const answer = await zadig({ method: 'GET', url, body: undefined });
  if (!answer) return json({ code: 599, message: 'no fake for the list' }, 599);
  if (!answer.ok) return answer;
  const wire: unknown = await answer.json();
  try {
    return normaliseReleasePage(wire).items;
  } catch {
    return json(wire); // an answer the server could not read either: the browser says so
  }
}

function matches(v: ReleaseSummary, p: URLSearchParams): boolean {
  const q = (p.get('q') ?? '').trim().toLocaleLowerCase();
  const status = p.getAll('status');
  const type = p.get('type') ?? '';
  return (
    (!q || v.name.toLocaleLowerCase().includes(q)) &&
    (status.length === 0 || status.includes(v.status)) &&
    (!type || v.type === type) &&
    p.getAll('label').every((l) => v.labels.includes(l))
  );
}

function listAnswer(all: ReleaseSummary[], p: URLSearchParams): VersionList {
  const page = Number(p.get('page') ?? 1);
  const size = Number(p.get('size') ?? 20);
  const found = all.filter((v) => matches(v, p));
  const labels = [...new Set(all.flatMap((v) => v.labels))].sort();
  const progress = { loaded: all.length, total: all.length, done: true };
  return { items: found.slice((page - 1) * size, page * size), total: found.length, labels, progress };
}

async function detailAnswer(zadig: Zadig, projectKey: string, name: string): Promise<Response> {
  const query = new URLSearchParams({ projectKey, versionName: name });
  const url = new URL(`${ZADIG_LIST}/detail?${query.toString()}`, 'http://localhost');
  const answer = await zadig({ method: 'GET', url, body: undefined });
  if (!answer) return json({ code: 599, message: 'no fake for the detail' }, 599);
  // Zadig's 500 for a name it does not know (service/openapi.go) is the server's typed 404.
  const text = await answer.text();
  if (answer.status === 500 && text.includes('no documents'))
    return json({ type: 'error', code: 6563, message: 'version not found' }, 404);
  if (!answer.ok) return new Response(text, { status: answer.status, headers: answer.headers });
  // The id the list gives the version (real detail answers have none), when the fake Zadig lists it.
  const all = await zadigList(zadig, projectKey).catch(() => null);
  const id = Array.isArray(all) ? all.find((v) => v.name === name)?.id : undefined;
  const wire = JSON.parse(text) as { id?: string };
  try {
    return json(normaliseReleaseDetail(wire, { id: id ?? wire.id ?? '', projectKey }));
  } catch {
    return json(wire); // an answer the server could not read either: the browser says so
  }
}

/** The versions API's answer to `url`, or null when it is not the versions API's. */
export async function consoleAnswer(zadig: Zadig, method: string, url: URL): Promise<Response | null> {
  const m = PATH.exec(url.pathname);
  if (!m || method !== 'GET') return null;
  const projectKey = decodeURIComponent(m[1]!);
  if (m[2] === 'version-events') return json({ code: 404, message: 'Not Found' }, 404);
  if (m[3] !== undefined) return detailAnswer(zadig, projectKey, decodeURIComponent(m[3]));
  const all = await zadigList(zadig, projectKey);
  return Array.isArray(all) ? json(listAnswer(all, url.searchParams)) : all;
}
