// The image's HEALTHCHECK (no curl in the image): exit 0 when GET /api/health answers 200 within 4 s.
const port = process.env.PORT && process.env.PORT !== '0' ? process.env.PORT : '8080';
try {
  const res = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(4000) });
  process.exit(res.ok ? 0 : 1);
} catch (err) {
  console.error(`health check failed: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
}
