import { afterEach, describe, expect, it, vi } from 'vitest';
import { findPreviousVersion } from './previous-version';

afterEach(() => vi.unstubAllGlobals());

/** `count` versions, newest first; `failed` names the versions that failed, `helm` the Helm ones. */
function server(count: number, failed: number[] = [], helm: number[] = []) {
  const pages: number[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const u = new URL(url, 'http://x');
      const page = Number(u.searchParams.get('pageNum'));
      pages.push(page);
      const list = Array.from({ length: count }, (_, i) => {
        const n = count - i;
        return {
          id: `id${n}`,
          version_name: `v${n}`,
          create_time: n,
          status: failed.includes(n) ? 'failed' : 'success',
          type: helm.includes(n) ? 'HelmChart' : 'K8SYaml',
        };
      }).slice((page - 1) * 100, page * 100);
      return new Response(JSON.stringify({ list, total: count }), { status: 200 });
    }),
  );
  return pages;
}

describe('the last release before a version', () => {
  it('is the next one in the list, read no further than needed', async () => {
    const pages = server(1_000);
    expect(await findPreviousVersion('p', 'v950')).toMatchObject({
      version: { name: 'v949' },
      complete: true,
    });
    expect(pages).toEqual([1]);
  });

  it('passes over failed versions and versions of the other type', async () => {
    server(10, [9, 8], [7]);
    expect(await findPreviousVersion('p', 'v10')).toMatchObject({ version: { name: 'v6' }, complete: true });
  });

  it('crosses a page boundary when the version is the last of its page', async () => {
    const pages = server(1_000);
    expect(await findPreviousVersion('p', 'v901')).toMatchObject({
      version: { name: 'v900' },
      complete: true,
    });
    expect(pages).toEqual([1, 2]);
  });

  it('crosses a page boundary when the versions after it on its page all failed', async () => {
    const pages = server(1_000, [902, 901]);
    expect(await findPreviousVersion('p', 'v903')).toMatchObject({ version: { name: 'v900' } });
    expect(pages).toEqual([1, 2]);
  });

  it('is none for the first version of the project', async () => {
    server(150);
    expect(await findPreviousVersion('p', 'v1')).toEqual({ version: null, complete: true });
  });

  it('says when it looked at only part of the history', async () => {
    const pages = server(5_000);
    expect(await findPreviousVersion('p', 'v3', undefined, 3)).toEqual({ version: null, complete: false });
    expect(pages).toEqual([1, 2, 3]);
  });
});
