// Starts the fake Zadig for proxy-mode browser tests: `node --import tsx e2e/proxy/fake-zadig/main.ts`.
// Env: FAKE_ZADIG_PORT (4193), FAKE_ZADIG_TOKEN, FAKE_ZADIG_READONLY_TOKEN, FAKE_ZADIG_SLOW_MS, FAKE_ZADIG_WORK_MS.
import { createFakeZadig } from './server';
import { FAKE_READONLY_TOKEN, FAKE_TOKEN } from './tokens';

const port = Number(process.env.FAKE_ZADIG_PORT ?? 4193);
const { server } = createFakeZadig({
  token: process.env.FAKE_ZADIG_TOKEN ?? FAKE_TOKEN,
  readOnlyToken: process.env.FAKE_ZADIG_READONLY_TOKEN ?? FAKE_READONLY_TOKEN,
  slowMs: Number(process.env.FAKE_ZADIG_SLOW_MS ?? 60_000),
  workMs: Number(process.env.FAKE_ZADIG_WORK_MS ?? 1_500),
});
server.listen(port, '127.0.0.1', () => console.log(`fake zadig on http://127.0.0.1:${port}`));
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
