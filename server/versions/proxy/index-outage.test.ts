/**
 * Zadig unreachable behind the proxy's index: watchers are told at once, the list answers Zadig's 502
 * instead of passing off what it holds as current, and the first read after Zadig is back reads it again
 * (the browser's offline notice and its recovery rest on this: src/app/connection.ts).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openSse } from '../sse-reader';
import { startProxyConsole, startTestZadig, USER, type TestZadig } from './test-zadig';

const REFRESH = 15_000;
const PROJECT = 'outage-index';
let zadig: TestZadig;
beforeAll(async () => {
  zadig = await startTestZadig();
});
afterAll(() => zadig.close());

for (const mode of ['502', 'down'] as const) {
  it(`Zadig ${mode === '502' ? 'answering 502' : 'not answering'}: told, refused, then read again`, async () => {
    const project = `${PROJECT}-${mode}`;
    await zadig.seed({ projectKey: project, count: 30 });
    const con = await startProxyConsole(zadig, { refreshMs: REFRESH, authTtlMs: 60_000 });
    const stream = await openSse(`${con.server.url}/api/projects/${project}/version-events`, USER);
    try {
      await stream.next((m) => m.event === 'progress' && JSON.parse(m.data).progress.done === true, 30_000);
      expect((await con.list(project)).status).toBe(200);

      await zadig.act('outage', { mode });
      await con.clock.advance(REFRESH);
      await stream.next((m) => m.event === 'unreachable', 10_000);
      const down = await con.list(project);
      expect(down.status).toBe(502);
      expect(JSON.stringify(down.body)).toMatch(/cannot be reached|Bad Gateway/);
      // The user is not told to check the server's settings; the server's log says what to check.
      expect(JSON.stringify(down.body)).not.toContain('ZADIG_URL');
      if (mode === 'down') expect(con.lines.join('\n')).toMatch(/cannot be reached\. Check ZADIG_URL/);

      await zadig.act('outage', { mode: 'none' });
      await zadig.act('add', { projectKey: project, versionName: 'after-outage', status: 'success' });
      const back = await con.list(project);
      expect(back.status).toBe(200);
      expect(back.body.items.map((v) => v.name)).toContain('after-outage');
    } finally {
      stream.abort();
      await con.server.stop();
    }
  });
}
