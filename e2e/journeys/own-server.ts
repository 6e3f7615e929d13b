/**
 * A server of the spec's own (own port, own DATA_DIR), so that a spec can stop and restart it while a
 * page is open without touching the server other specs use.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface OwnServer {
  url: string;
  /** Starts (again, on the same data); `extraEnv` adds to or overrides the environment (e.g. `SANDBOX_TOKEN`). */
  start(extraEnv?: NodeJS.ProcessEnv): Promise<void>;
  stop(): Promise<void>;
  dispose(): Promise<void>;
}

async function waitForHealth(url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the server at ${url} did not start`);
}

export function ownServer(port: number): OwnServer {
  const dataDir = mkdtempSync(join(tmpdir(), 'zrc-e2e-own-'));
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    STATIC_DIR: process.env.E2E_STATIC_DIR ?? 'dist',
    SANDBOX_PUSH_MS: '400',
  };
  delete env.ZADIG_URL;
  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill('SIGTERM');
    });
  };
  return {
    url,
    async start(extraEnv = {}) {
      child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
        env: { ...env, ...extraEnv },
        stdio: 'ignore',
      });
      // tsx compiles the server on start: half a minute on a busy two-core machine.
      await waitForHealth(url, Date.now() + 60_000);
    },
    stop,
    async dispose() {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
