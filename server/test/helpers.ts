/** Test helpers: real servers on port 0 with a temporary DATA_DIR, and small HTTP helpers. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { precompressDir } from '../../scripts/precompress.mjs';
import { afterAll, beforeAll } from 'vitest';
import { startServer, type RunningServer, type ServerConfig } from '../app';

export interface TestServer extends RunningServer {
  dataDir: string;
  staticDir: string;
  request(path: string, init?: RequestInit & { json?: unknown }): Promise<Response>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are asserted field by field
  json<T = any>(path: string, init?: RequestInit & { json?: unknown }): Promise<{ status: number; body: T }>;
  /** Stops the server, keeping DATA_DIR (for restart tests). */
  stop(): Promise<void>;
  /** Stops the server and removes its directories. */
  destroy(): Promise<void>;
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `zrc-${prefix}-`));
}

export function makeStaticDir(): string {
  const dir = tempDir('static');
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>console</title><div id="root"></div>');
  writeFileSync(join(dir, 'assets', 'app-abc123.js'), `console.log(${JSON.stringify('x'.repeat(4000))});`);
  precompressDir(dir); // as the build does
  return dir;
}

export async function startTestServer(
  overrides: Partial<ServerConfig> & { dataDir?: string; staticDir?: string } = {},
): Promise<TestServer> {
  const dataDir = overrides.dataDir ?? tempDir('data');
  const staticDir = overrides.staticDir ?? makeStaticDir();
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    pushMs: 50,
    log: () => {},
    ...overrides,
    dataDir,
    staticDir,
  });
  const request = (path: string, init: RequestInit & { json?: unknown } = {}) => {
    const { json, ...rest } = init;
    const headers = new Headers(rest.headers);
    if (json !== undefined) headers.set('content-type', 'application/json');
    return fetch(`${server.url}${path}`, {
      ...rest,
      headers,
      body: json !== undefined ? JSON.stringify(json) : rest.body,
    });
  };
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await server.close();
  };
  return {
    ...server,
    dataDir,
    staticDir,
    request,
    async json(path, init) {
      const res = await request(path, init);
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : null };
    },
    stop,
    async destroy() {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(staticDir, { recursive: true, force: true });
    },
  };
}

/** What the API tests ask of a server. */
export type ServerClient = Pick<TestServer, 'request' | 'json'>;

/**
 * One sandbox server for the tests of a file: started before them (beforeAll), removed after them
 * (afterAll). The answer sends `request` and `json` to it.
 */
export function serverForTheseTests(overrides?: Parameters<typeof startTestServer>[0]): ServerClient {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startTestServer(overrides);
  });
  afterAll(async () => {
    await server?.destroy();
  });
  const current = () => {
    if (!server) throw new Error('the test server starts in beforeAll');
    return server;
  };
  return {
    request: (path, init) => current().request(path, init),
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as TestServer['json']
    json: <T = any>(path: string, init?: RequestInit & { json?: unknown }) => current().json<T>(path, init),
  };
}

export async function waitFor<T>(
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  { timeoutMs = 10_000, intervalMs = 25 } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await probe();
  while (!done(last)) {
    if (Date.now() > deadline)
      throw new Error(`waitFor timed out; last value: ${JSON.stringify(last).slice(0, 800)}`);
    await new Promise((r) => setTimeout(r, intervalMs));
    last = await probe();
  }
  return last;
}

export const REGISTRY = '6650a1c2e4b0f1a2b3c4d5e6';
export const TCR = '6650a1c2e4b0f1a2b3c4d5e7';
export const HOST = 'harbor.demo.koderover.com/mall';

/** A K8s create request (manual, one service, one image) with overrides. */
export function k8sRequest(overrides: Record<string, unknown> = {}) {
  return {
    project_key: 'yaml-demo',
    version_name: 'v9.0.0',
    source: 'manual',
    desc: 'test version',
    labels: ['test'],
    image_registry_id: REGISTRY,
    services: [
      {
        service_name: 'user-service',
        images: [
          {
            container_name: 'user-service',
            image_name: 'user-service',
            source_image: `${HOST}/user-service:latest`,
            source_image_tag: 'latest',
            target_image: `${HOST}/user-service:v9.0.0`,
            target_image_tag: 'v9.0.0',
            push_image: true,
          },
        ],
      },
    ],
    ...overrides,
  };
}

export const TCR_HOST = 'ccr.ccs.tencentyun.com/koderover-demo';

/** The Helm image of `helmRequest` (billing, copied to v9.0.0, `image_path` `{image}`). */
export const HELM_IMAGE = {
  container_name: 'billing',
  image_name: 'billing',
  source_image: `${TCR_HOST}/billing:latest`,
  source_image_tag: 'latest',
  target_image: `${TCR_HOST}/billing:v9.0.0`,
  target_image_tag: 'v9.0.0',
  image_path: { image: 'image' },
  push_image: true,
};

/** A Helm create request (manual, the billing chart, one image) with overrides. */
export function helmRequest(overrides: Record<string, unknown> = {}) {
  return {
    project_key: 'helm-demo',
    version_name: 'v9.0.0',
    source: 'manual',
    desc: 'test version',
    labels: ['test'],
    image_registry_id: TCR,
    chart_repo_name: 'payments-charts',
    services: [{ service_name: 'billing', chart_version: '9.0.0', images: [{ ...HELM_IMAGE }] }],
    ...overrides,
  };
}

/**
 * The sandbox calls the API tests share: create a version, list a page, a service's YAML or values in
 * an environment, and that service's first container.
 */
export function sandboxCalls(server: ServerClient) {
  return {
    create: (kind: 'k8s' | 'helm', json: unknown) =>
      server.json(`/openapi/delivery/releases/${kind}`, { method: 'POST', json }),
    list: (query: string) => server.json(`/openapi/delivery/releases?${query}`),
    envText: async (kind: 'yaml' | 'values', project: string, env: string, service: string) => {
      const query = `projectKey=${project}&envName=${env}&serviceName=${service}`;
      return (await server.request(`/openapi/environments/service/${kind}?${query}`)).text();
    },
    envContainer: async (project: string, env: string, service: string) => {
      const { body } = await server.json(`/openapi/environments/${env}?projectKey=${project}`);
      const svc = body.services.find((s: { service_name: string }) => s.service_name === service);
      return svc.containers[0] as { name: string; image: string; image_name: string; image_path: unknown };
    },
  };
}

export async function detailByName(server: ServerClient, projectKey: string, versionName: string) {
  return server.json(
    `/openapi/delivery/releases/detail?projectKey=${projectKey}&versionName=${encodeURIComponent(versionName)}`,
  );
}

export async function waitForStatus(
  server: ServerClient,
  projectKey: string,
  versionName: string,
  statuses: string[],
) {
  const result = await waitFor(
    () => detailByName(server, projectKey, versionName),
    (r) => r.status === 200 && statuses.includes(r.body.status),
  );
  return result.body;
}
