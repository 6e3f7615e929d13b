import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests drive the built app (`npm run build` first) on the real server. The sandbox project
 * starts the server on a fresh data directory; the proxy project runs it in front of the test fake Zadig.
 */
const SANDBOX_PORT = Number(process.env.E2E_SANDBOX_PORT ?? 4180);
const PROXY_PORT = Number(process.env.E2E_PROXY_PORT ?? 4183);
const FAKE_ZADIG_PORT = Number(process.env.E2E_FAKE_ZADIG_PORT ?? 4193);

/**
 * Which servers this run needs, so engineers running one project do not start (and collide on) the
 * other's ports. A run that names neither (no project, no spec path) starts both; E2E_PROXY=1|0
 * overrides. Decided once in the main process and handed to the workers through the environment.
 */
if (process.env.E2E_PROXY === undefined || process.env.E2E_SANDBOX === undefined) {
  const args = process.argv.slice(process.argv.indexOf('test') + 1);
  const proxyNamed = args.some((a) => /proxy/.test(a));
  const otherNamed = args.some((a) => /sandbox|(^|\/)e2e\/(?!proxy)|\.spec\.ts$/.test(a) && !/proxy/.test(a));
  process.env.E2E_PROXY ??= proxyNamed || !otherNamed ? '1' : '0';
  process.env.E2E_SANDBOX ??= otherNamed || !proxyNamed ? '1' : '0';
}
const runProxy = process.env.E2E_PROXY === '1';
const runSandbox = process.env.E2E_SANDBOX === '1';
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const executablePath = process.env.CHROMIUM_PATH ?? systemChromium;

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  // A flake is a defect to fix, never to retry.
  retries: 0,
  // The JSON report (each spec's time) is what `npm test` sums up per file at the end.
  reporter: process.env.CI
    ? [['list'], ['json', { outputFile: 'build/test-logs/e2e.json' }]]
    : [['list'], ['html', { open: 'never' }], ['json', { outputFile: 'build/test-logs/e2e.json' }]],
  use: {
    trace: 'retain-on-failure',
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    {
      name: 'sandbox',
      testIgnore: '**/proxy/**',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        baseURL: `http://127.0.0.1:${SANDBOX_PORT}`,
      },
    },
    ...(runProxy
      ? [
          {
            name: 'proxy',
            testMatch: 'proxy/**/*.spec.ts',
            use: {
              ...devices['Desktop Chrome'],
              viewport: { width: 1280, height: 800 },
              baseURL: `http://127.0.0.1:${PROXY_PORT}`,
            },
          },
        ]
      : []),
  ],
  webServer: [
    ...(runSandbox
      ? [
          {
            command: `node scripts/e2e-server.mjs sandbox ${SANDBOX_PORT}`,
            url: `http://127.0.0.1:${SANDBOX_PORT}/api/health`,
            reuseExistingServer: false,
            timeout: 60_000,
            stdout: 'ignore' as const,
            stderr: 'pipe' as const,
          },
        ]
      : []),
    ...(runProxy
      ? [
          {
            command: `node --import tsx e2e/proxy/fake-zadig/main.ts`,
            env: { FAKE_ZADIG_PORT: String(FAKE_ZADIG_PORT), FAKE_ZADIG_WORK_MS: '1500' },
            url: `http://127.0.0.1:${FAKE_ZADIG_PORT}/__fake/health`,
            reuseExistingServer: false,
            timeout: 30_000,
            stdout: 'ignore' as const,
            stderr: 'pipe' as const,
          },
          {
            command: `node scripts/e2e-server.mjs proxy ${PROXY_PORT}`,
            env: { E2E_FAKE_ZADIG_PORT: String(FAKE_ZADIG_PORT) },
            url: `http://127.0.0.1:${PROXY_PORT}/api/health`,
            reuseExistingServer: false,
            timeout: 60_000,
            stdout: 'ignore' as const,
            stderr: 'pipe' as const,
          },
        ]
      : []),
  ],
});
