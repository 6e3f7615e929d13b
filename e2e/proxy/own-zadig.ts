/**
 * A fake Zadig and a console in proxy mode in front of it, both the spec's own (own ports), so that a
 * spec can make Zadig fail (`POST /__fake/outage`) without touching what other specs read.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFakeZadig } from './fake-zadig/server';
import { FAKE_READONLY_TOKEN, FAKE_TOKEN } from './fake-zadig/tokens';

export interface OwnZadig {
  /** The console (proxy mode). */
  url: string;
  /** The fake Zadig behind it (its `/__fake/*` hooks). */
  zadigUrl: string;
  dispose(): Promise<void>;
}

async function waitFor(url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer`);
}

export async function ownZadig(consolePort: number, zadigPort: number): Promise<OwnZadig> {
  const { server } = createFakeZadig({
    token: FAKE_TOKEN,
    readOnlyToken: FAKE_READONLY_TOKEN,
    slowMs: 60_000,
    workMs: 1_500,
  });
  await new Promise<void>((resolve) => (server as Server).listen(zadigPort, '127.0.0.1', resolve));
  const zadigUrl = `http://127.0.0.1:${zadigPort}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'zrc-e2e-own-proxy-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(consolePort),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    STATIC_DIR: process.env.E2E_STATIC_DIR ?? 'dist',
    ZADIG_URL: zadigUrl,
    ZADIG_TIMEOUT_MS: '3000',
    // The versions index reads Zadig again every 2 s while watched: an outage is met within that.
    VERSIONS_REFRESH_MS: '2000',
    VERSIONS_LIVE_MS: '1000',
  };
  delete env.ZADIG_TOKEN;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env,
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${consolePort}`;
  // tsx compiles the server on start: half a minute on a busy two-core machine.
  await waitFor(`${url}/api/health`, Date.now() + 60_000);
  return {
    url,
    zadigUrl,
    async dispose() {
      if (child.exitCode === null) {
        await new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        });
      }
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
