/**
 * For the proxy index's tests: the browser tests' fake Zadig (e2e/proxy/fake-zadig, which answers as
 * real v4.0+ servers do and counts what it is asked, per project) on port 0, and consoles in proxy mode
 * in front of it whose index runs on a clock the test moves (`ManualClock`).
 */
import type { AddressInfo } from 'node:net';
import { createFakeZadig } from '../../../e2e/proxy/fake-zadig/server';
import { FAKE_READONLY_TOKEN, FAKE_TOKEN } from '../../../e2e/proxy/fake-zadig/tokens';
import { startTestServer, type TestServer } from '../../test/helpers';
import type { VersionList } from '../source';
import { ManualClock } from './clock';

export const USER = { authorization: `Bearer ${FAKE_TOKEN}` };
/** Another person: a token of its own, which may read. */
export const OTHER = { authorization: `Bearer ${FAKE_READONLY_TOKEN}` };

export interface Counts {
  total: number;
  byRoute: Record<string, number>;
  listPageSizes: Record<string, number>;
}

export interface TestZadig {
  url: string;
  seed(spec: { projectKey: string; count?: number; creating?: number[]; failed?: number[] }): Promise<void>;
  /**
   * As another Zadig user: add, finish or remove a version; or Zadig down (`outage`, mode 502|down|none);
   * or a project's lists slow (`stall`, `lists: false` to end it).
   */
  act(
    action: 'add' | 'finish' | 'remove' | 'outage' | 'revoke' | 'stall',
    body: Record<string, unknown>,
  ): Promise<void>;
  counts(projectKey: string): Promise<Counts>;
  reset(projectKey: string): Promise<void>;
  close(): Promise<void>;
}

export async function startTestZadig(): Promise<TestZadig> {
  const { server } = createFakeZadig({
    token: FAKE_TOKEN,
    readOnlyToken: FAKE_READONLY_TOKEN,
    slowMs: 60_000,
    workMs: 60_000,
    deepCostMsPer1000: 1,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const post = async (path: string, body: unknown) => {
    const res = await fetch(`${url}${path}`, { method: 'POST', body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  };
  return {
    url,
    seed: (spec) => post('/__fake/projects', spec),
    act: (action, body) => post(`/__fake/${action}`, body),
    async counts(projectKey) {
      const res = await fetch(`${url}/__fake/counts?projectKey=${encodeURIComponent(projectKey)}`);
      return (await res.json()) as Counts;
    },
    reset: (projectKey) => post(`/__fake/requests/reset?projectKey=${encodeURIComponent(projectKey)}`, {}),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface ProxyConsole {
  server: TestServer;
  clock: ManualClock;
  lines: string[];
  /** The console's versions list for a caller, as JSON. */
  list(
    project: string,
    query?: string,
    caller?: { authorization: string },
  ): Promise<{ status: number; body: VersionList }>;
}

export async function startProxyConsole(
  zadig: TestZadig,
  options: {
    dataDir?: string;
    refreshMs?: number;
    liveMs?: number;
    authTtlMs?: number;
    heartbeatMs?: number;
  } = {},
): Promise<ProxyConsole> {
  const clock = new ManualClock();
  const lines: string[] = [];
  const server = await startTestServer({
    zadigUrl: zadig.url,
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    versionsRefreshMs: options.refreshMs ?? 15_000,
    versionsLiveMs: options.liveMs ?? 5_000,
    versionsAuthTtlMs: options.authTtlMs ?? 30_000,
    ...(options.heartbeatMs ? { versionsHeartbeatMs: options.heartbeatMs } : {}),
    versionsClock: clock,
    log: (line) => lines.push(line),
  });
  return {
    server,
    clock,
    lines,
    list: (project, query = '', caller = USER) =>
      server.json<VersionList>(
        `/api/projects/${encodeURIComponent(project)}/versions${query ? `?${query}` : ''}`,
        {
          headers: caller,
        },
      ),
  };
}

/** Every list request Zadig received for a project (the authorising reads of one item included). */
export function listRequests(counts: Counts): number {
  return counts.byRoute.list ?? 0;
}
