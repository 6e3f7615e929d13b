/**
 * A version in flight when the server process is killed with SIGKILL resumes and finishes after the
 * next start. The server runs as a child process (`node --import tsx server/main.ts`) on port 0.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { HOST, k8sRequest, makeStaticDir, tempDir, waitFor } from './test/helpers';

const dataDir = tempDir('crash');
const staticDir = makeStaticDir();
const children: ChildProcess[] = [];

afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(staticDir, { recursive: true, force: true });
});

async function spawnServer(pushMs: number): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      STATIC_DIR: staticDir,
      SANDBOX_PUSH_MS: String(pushMs),
      ZADIG_URL: '',
      SANDBOX_TOKEN: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 45_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
  return { child, url };
}

const detail = async (url: string) => {
  const res = await fetch(`${url}/openapi/delivery/releases/detail?projectKey=yaml-demo&versionName=v8.0.0`);
  return { status: res.status, body: await res.json() };
};

describe('crash resume', () => {
  it('kill -9 mid-copy, start again, the version finishes', async () => {
    const first = await spawnServer(2_000);
    const target = `${HOST}/user-service:v8.0.0`;
    const res = await fetch(`${first.url}/openapi/delivery/releases/k8s`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(
        k8sRequest({
          version_name: 'v8.0.0',
          services: [
            {
              service_name: 'user-service',
              images: [
                { ...k8sRequest().services[0]!.images[0]!, target_image: target, target_image_tag: 'v8.0.0' },
              ],
            },
          ],
        }),
      ),
    });
    expect(res.status).toBe(200);
    const running = await waitFor(
      () => detail(first.url),
      (r) => r.body.services?.[0]?.images?.[0]?.status === 'running',
    );
    expect(running.body.status).toBe('creating');
    const exited = new Promise((r) => first.child.once('exit', r));
    first.child.kill('SIGKILL');
    await exited;

    const second = await spawnServer(100);
    try {
      const done = await waitFor(
        () => detail(second.url),
        (r) => r.body.status === 'success' || r.body.status === 'failed',
      );
      expect(done.body.status).toBe('success');
      expect(done.body.id).toBe(running.body.id);
      expect(done.body.services[0].images[0]).toMatchObject({ status: 'passed', error: '' });
      const images = (await (await fetch(`${second.url}/sandbox/images`)).json()).images as string[];
      expect(images).toContain(target);
    } finally {
      const exit = new Promise((r) => second.child.once('exit', r));
      second.child.kill('SIGTERM');
      await exit;
    }
  }, 120_000);
});
