// Starts the real server for browser tests on a fresh data directory: `node scripts/e2e-server.mjs sandbox PORT`.
// `node scripts/e2e-server.mjs proxy PORT` starts it in proxy mode in front of the fake Zadig
// (e2e/proxy/fake-zadig, port E2E_FAKE_ZADIG_PORT, default 4193) with a short upstream time limit, and
// the versions index's intervals (VERSIONS_REFRESH_MS, VERSIONS_LIVE_MS, VERSIONS_AUTH_TTL_MS) taken
// from e2e/proxy/index-intervals.json: the production defaults (15 s, 5 s, 30 s) scaled by 1/5, in the
// same proportions, so that the request-count specs (which read the same file) measure "30 s" of
// watching in 6 s and never wait for a production interval. The environment overrides each.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [mode = 'sandbox', port = '4180'] = process.argv.slice(2);
const dataDir = mkdtempSync(join(tmpdir(), `zrc-e2e-${mode}-`));
const env = {
  ...process.env,
  PORT: port,
  HOST: '127.0.0.1',
  DATA_DIR: dataDir,
  STATIC_DIR: process.env.E2E_STATIC_DIR ?? 'dist',
  SANDBOX_PUSH_MS: process.env.SANDBOX_PUSH_MS ?? '400',
};
if (mode === 'proxy') {
  env.ZADIG_URL = `http://127.0.0.1:${process.env.E2E_FAKE_ZADIG_PORT ?? '4193'}`;
  env.ZADIG_TIMEOUT_MS = process.env.E2E_ZADIG_TIMEOUT_MS ?? '3000';
  const intervals = JSON.parse(
    readFileSync(new URL('../e2e/proxy/index-intervals.json', import.meta.url), 'utf8'),
  );
  env.VERSIONS_REFRESH_MS = process.env.VERSIONS_REFRESH_MS ?? String(intervals.refreshMs);
  env.VERSIONS_LIVE_MS = process.env.VERSIONS_LIVE_MS ?? String(intervals.liveMs);
  env.VERSIONS_AUTH_TTL_MS = process.env.VERSIONS_AUTH_TTL_MS ?? String(intervals.authTtlMs);
  // The browser supplies the token through the token dialog; the server holds none.
  delete env.ZADIG_TOKEN;
} else {
  delete env.ZADIG_URL;
}
const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { env, stdio: 'inherit' });
const stop = () => child.kill('SIGTERM');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
child.on('exit', (code) => {
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
