/**
 * Entry point: `node --import tsx server/main.ts`. Configuration from the environment: see
 * server/config.ts and the README (PORT, HOST, ALLOWED_HOSTS, DATA_DIR, STATIC_DIR, SANDBOX_PUSH_MS,
 * SANDBOX_TOKEN, ZADIG_URL, ZADIG_TOKEN, ZADIG_TOKEN_WRITES, ZADIG_TIMEOUT_MS).
 */
import { configFromEnv, listenNotes, startServer } from './app';

async function main(): Promise<void> {
  const config = configFromEnv();
  const server = await startServer(config);
  const mode =
    server.mode === 'proxy' ? `proxy to ${config.zadigUrl}` : `embedded sandbox (data in ${config.dataDir})`;
  const notes = listenNotes(config);
  console.log(`Zadig releases console listening on ${server.url} — ${[mode, ...notes.info].join('; ')}`);
  for (const line of notes.warn) console.warn(`warning: ${line}`);
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`${signal}: shutting down`);
    // Requests in flight get this long to finish; then the process exits anyway.
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
