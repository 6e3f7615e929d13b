// Starts the real server for browser tests on a fresh data directory: `node scripts/e2e-server.mjs sandbox PORT`.
// `node scripts/e2e-server.mjs proxy PORT` starts it in proxy mode in front of the fake Zadig
// (e2e/proxy/fake-zadig, port E2E_FAKE_ZADIG_PORT, default 4193) with a short upstream time limit.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
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
