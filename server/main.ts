/**
 * Entry point: `node --import tsx server/main.ts`. Configuration from the environment:
 * PORT (8080), HOST (0.0.0.0), DATA_DIR (./data), STATIC_DIR (./dist), SANDBOX_PUSH_MS (1500),
 * SANDBOX_TOKEN, ZADIG_URL (set → proxy mode), ZADIG_TOKEN.
 */
import { configFromEnv, startServer } from './app';

async function main(): Promise<void> {
  const config = configFromEnv();
  const server = await startServer(config);
  const mode =
    server.mode === 'proxy' ? `proxy to ${config.zadigUrl}` : `embedded sandbox (data in ${config.dataDir})`;
  console.log(`Zadig releases console listening on ${server.url} — ${mode}`);
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`${signal}: shutting down`);
    const force = setTimeout(() => process.exit(0), 3000);
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
