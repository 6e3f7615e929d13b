// `npm run try:proxy`: the console in proxy mode in front of the test fake Zadig (e2e/proxy/fake-zadig),
// to try proxy mode without a real Zadig. The fake listens on FAKE_ZADIG_PORT (4193), the console on
// PORT (8080); the token to enter in the console is printed. Ctrl-C stops both.
import { spawn } from 'node:child_process';

const fakePort = process.env.FAKE_ZADIG_PORT ?? '4193';
const fake = spawn(process.execPath, ['--import', 'tsx', 'e2e/proxy/fake-zadig/main.ts'], {
  env: { ...process.env, FAKE_ZADIG_PORT: fakePort },
  stdio: 'inherit',
});
const server = spawn(process.execPath, ['scripts/start.mjs'], {
  env: { ...process.env, ZADIG_URL: `http://127.0.0.1:${fakePort}` },
  stdio: 'inherit',
});
const { FAKE_TOKEN } = await import('../e2e/proxy/fake-zadig/tokens.ts');
if (FAKE_TOKEN) console.log(`fake Zadig token (enter it when the console asks): ${FAKE_TOKEN}`);
const stop = () => {
  fake.kill('SIGTERM');
  server.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of [fake, server]) child.on('exit', () => stop());
