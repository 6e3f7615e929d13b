/**
 * Entry point: `node --import tsx server/main.ts`, or the compiled `build/server/main.js` in the image
 * (`npm run build:server`). Configuration from the environment: see server/config.ts and the README
 * (PORT, HOST, ALLOWED_HOSTS, DATA_DIR, STATIC_DIR, SANDBOX_PUSH_MS, SANDBOX_TOKEN, ZADIG_URL,
 * ZADIG_TOKEN, ZADIG_TOKEN_WRITES, ZADIG_TIMEOUT_MS, LOG_LEVEL).
 */
import closeWithGrace from 'close-with-grace';
import { configFromEnv, listenNotes, startServer } from './app';

/**
 * How long requests in flight get after SIGTERM/SIGINT before the process exits anyway (with 1).
 * Below the 10 s that `podman stop` and Kubernetes' shortest sensible grace period allow.
 */
const SHUTDOWN_GRACE_MS = 8_000;

async function main(): Promise<void> {
  const config = configFromEnv();
  const server = await startServer(config);
  const mode =
    server.mode === 'proxy' ? `proxy to ${config.zadigUrl}` : `embedded sandbox (data in ${config.dataDir})`;
  const notes = listenNotes(config);
  console.log(`Zadig releases console listening on ${server.url} — ${[mode, ...notes.info].join('; ')}`);
  for (const line of notes.warn) console.warn(`warning: ${line}`);
  // On a signal: stop taking connections, finish requests in flight, stop the worker, exit 0.
  // A second signal or the grace period running out exits 1 at once.
  closeWithGrace({ delay: SHUTDOWN_GRACE_MS }, async ({ signal, err }) => {
    if (err) console.error(err);
    else if (signal) console.log(`${signal}: shutting down`);
    await server.close();
  });
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
