/**
 * Property-based tests of the sandbox's list, retry and delete validation against a real server on port
 * 0: bad paging, missing or blank projects and ids, bodies that are not objects, hostile ids. Every
 * malformed request gets a 400 naming the parameter, and never removes or changes a version.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileString } from '../src/lib/testing/hostile-arbitraries';
import { blank, notString } from './test/create-mutations';
import { encodable, expectRefused, fuzzClient, RELEASES } from './test/fuzz-client';
import { serverForTheseTests } from './test/helpers';

const { send, snapshot } = fuzzClient(serverForTheseTests({ pushMs: 60_000 }));

const badPositive = (max: number) =>
  fc
    .oneof(
      fc.constantFrom('', ' ', '0', '-1', '1.5', 'abc', 'NaN', 'Infinity', '1e400', String(max + 1)),
      hostileString,
    )
    .filter((s) => {
      if (s.length > 2000 || !encodable(s)) return false; // beyond node's URL limit (431)
      const n = Number(s);
      return !(Number.isInteger(n) && n >= 1 && n <= max);
    });

describe('list', () => {
  it('refuses bad paging and project parameters with a 400 naming the parameter', async () => {
    const cases = fc.oneof(
      badPositive(Number.POSITIVE_INFINITY).map((v) => ({
        field: 'pageNum',
        query: { projectKey: 'yaml-demo', pageNum: v, pageSize: '20' },
      })),
      badPositive(1000).map((v) => ({
        field: 'pageSize',
        query: { projectKey: 'yaml-demo', pageNum: '1', pageSize: v },
      })),
      fc
        .constantFrom<Record<string, string>>(
          { pageNum: '1', pageSize: '20' },
          { projectKey: '', pageNum: '1', pageSize: '20' },
          { projectKey: '   ', pageNum: '1', pageSize: '20' },
          { projectKey: 'yaml-demo', pageSize: '20' },
          { projectKey: 'yaml-demo', pageNum: '1' },
        )
        .map((query) => ({
          field: ['projectKey', 'pageNum', 'pageSize'].find((k) => !query[k]?.trim()) ?? 'projectKey',
          query,
        })),
    );
    await fc.assert(
      fc.asyncProperty(cases, async ({ field, query }) => {
        const answer = await send('GET', `${RELEASES}?${new URLSearchParams(query).toString()}`);
        expectRefused(answer, [field], `list ${JSON.stringify(query).slice(0, 200)}`);
      }),
      { numRuns: 40 },
    );
  });
});

describe('retry and delete', () => {
  it('refuses malformed retries with a 400 naming the field, changing nothing', async () => {
    const before = await snapshot();
    const idValue = fc.oneof(notString, blank);
    const cases = fc.oneof(
      idValue.map((id) => ({
        field: 'id',
        body: JSON.stringify({ id, projectKey: 'yaml-demo' }),
        query: '',
      })),
      idValue.map((projectKey) => ({
        field: 'projectKey',
        body: JSON.stringify({ id: 'x', projectKey }),
        query: '',
      })),
      fc.constant({ field: 'id', body: JSON.stringify({ projectKey: 'yaml-demo' }), query: '' }),
      fc.constant({ field: 'projectKey', body: '', query: '?id=abc' }),
      fc
        .oneof(fc.array(fc.jsonValue(), { maxLength: 3 }), hostileString, fc.double(), fc.constant(null))
        .map((v) => ({ field: 'body', body: JSON.stringify(v), query: '' })),
      fc.constantFrom('{', '[[[', 'nul').map((text) => ({ field: 'body', body: text, query: '' })),
    );
    await fc.assert(
      fc.asyncProperty(cases, async ({ field, body, query }) => {
        const answer = await send('POST', `${RELEASES}/retry${query}`, body);
        expectRefused(answer, [field], `retry ${body.slice(0, 200)}`);
      }),
      { numRuns: 40 },
    );
    expect(await snapshot()).toBe(before);
  });

  it('refuses deletes without a project, and hostile ids never remove another version', async () => {
    const before = await snapshot();
    // Ids that fit in a URL (longer ones meet node's header limit, 431, before any validation).
    const hostileId = hostileString.filter((s) => s.length < 2000 && encodable(s));
    await fc.assert(
      fc.asyncProperty(
        hostileId,
        fc.constantFrom('', '?projectKey=', '?projectKey=%20'),
        async (id, query) => {
          const answer = await send('DELETE', `${RELEASES}/${encodeURIComponent(id || 'x')}${query}`);
          expectRefused(answer, ['projectKey'], `delete ${id.slice(0, 100)}${query}`);
        },
      ),
      { numRuns: 20 },
    );
    await fc.assert(
      fc.asyncProperty(hostileId, async (id) => {
        const answer = await send(
          'DELETE',
          `${RELEASES}/${encodeURIComponent(id || 'x')}?projectKey=yaml-demo`,
        );
        expect([200, 400, 404]).toContain(answer.status);
      }),
      { numRuns: 20 },
    );
    expect(await snapshot()).toBe(before);
  });
});
