/**
 * An open change stream is authorised again while it is open, not only when it opens: a token Zadig
 * stops accepting (its user deleted it) ends the stream at the next heartbeat after the cached
 * permission runs out, and the client's next connection meets Zadig's 401, so the page asks for a
 * token instead of freezing on rows that no longer change. Zadig answers a token it does not know with
 * 401 and an empty body (pkg/shared/handler/base.go, `JSONResponse`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSse } from '../sse-reader';
import { startProxyConsole, startTestZadig, USER, type ProxyConsole, type TestZadig } from './test-zadig';

const PROJECT = 'stream-auth';
const TTL_MS = 30_000;
let zadig: TestZadig;
let con: ProxyConsole;

beforeAll(async () => {
  zadig = await startTestZadig();
  await zadig.seed({ projectKey: PROJECT, count: 3 });
  // a heartbeat every 30 ms, so the test sees the next one at once (the permission's age is the
  // console's clock, moved by hand)
  con = await startProxyConsole(zadig, { authTtlMs: TTL_MS, heartbeatMs: 30 });
});
afterAll(async () => {
  await con.server.destroy();
  await zadig.close();
});

describe('an open change stream', () => {
  it('ends once Zadig refuses its token, and the next connection gets the 401', async () => {
    const url = `${con.server.url}/api/projects/${PROJECT}/version-events`;
    const stream = await openSse(url, USER);
    expect(stream.status).toBe(200);
    await stream.next((m) => m.event === 'progress');

    await zadig.act('revoke', { token: USER.authorization.replace('Bearer ', '') });
    // Still within the permission kept for the token: the stream stays open.
    const open = await Promise.race([stream.ended.then(() => 'ended'), delay(200).then(() => 'open')]);
    expect(open).toBe('open');

    await con.clock.advance(TTL_MS + 1);
    await stream.ended;
    const again = await fetch(url, { headers: USER });
    expect(again.status).toBe(401);
    await again.body?.cancel();
  });
});

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
