/**
 * SIGTERM: the server stops taking connections, lets requests in flight finish, stops the sandbox
 * worker, and exits 0; the worker's unfinished copies go on after the next start.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, k8sRequest, makeStaticDir, tempDir, waitForStatus } from './test/helpers';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

function startMain(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) resolve({ child, url: match[1]! });
    });
    child.on('exit', (code) => reject(new Error(`server exited (${code}) before listening: ${out}`)));
  });
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

describe('graceful shutdown', () => {
  it('a request in flight at SIGTERM is answered, then the process exits 0', async () => {
    let arrived: () => void = () => undefined;
    const reached = new Promise<void>((resolve) => (arrived = resolve));
    const zadig = http.createServer((_req, res) => {
      arrived();
      setTimeout(() => res.end(JSON.stringify({ list: [], total: 0 })), 700);
    });
    await new Promise<void>((resolve) => zadig.listen(0, '127.0.0.1', resolve));
    try {
      const { child, url } = await startMain({
        ZADIG_URL: `http://127.0.0.1:${(zadig.address() as AddressInfo).port}`,
        STATIC_DIR: makeStaticDir(),
        DATA_DIR: tempDir('data'),
      });
      const answer = fetch(`${url}/openapi/environments?projectKey=a`);
      await reached;
      const done = exited(child);
      child.kill('SIGTERM');
      const response = await answer;
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ list: [], total: 0 });
      expect(await done).toBe(0);
    } finally {
      zadig.closeAllConnections();
      await new Promise<void>((resolve) => zadig.close(() => resolve()));
    }
  });

  it('the sandbox worker stops at SIGTERM and its copies finish after the next start', async () => {
    const dataDir = tempDir('data');
    const staticDir = makeStaticDir();
    const { child, url } = await startMain({
      DATA_DIR: dataDir,
      STATIC_DIR: staticDir,
      SANDBOX_PUSH_MS: '1500',
    });
    const created = await fetch(`${url}/openapi/delivery/releases/k8s`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(k8sRequest({ version_name: 'v-sigterm' })),
    });
    expect(created.status).toBe(200);
    const done = exited(child);
    child.kill('SIGTERM');
    expect(await done).toBe(0);

    const again = await startTestServer({ dataDir, staticDir, pushMs: 50 });
    try {
      const version = await waitForStatus(again, 'yaml-demo', 'v-sigterm', ['success']);
      expect(version.status).toBe('success');
    } finally {
      await again.destroy();
    }
  });
});
