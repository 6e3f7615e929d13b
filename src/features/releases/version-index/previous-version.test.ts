import { afterEach, describe, expect, it, vi } from 'vitest';
import { findPreviousVersion } from './previous-version';

afterEach(() => vi.unstubAllGlobals());

function server(count: number) {
  const pages: number[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const u = new URL(url, 'http://x');
      const page = Number(u.searchParams.get('pageNum'));
      pages.push(page);
      const list = Array.from({ length: count }, (_, i) => ({
        id: `id${count - i}`,
        version_name: `v${count - i}`,
        create_time: count - i,
      })).slice((page - 1) * 100, page * 100);
      return new Response(JSON.stringify({ list, total: count }), { status: 200 });
    }),
  );
  return pages;
}

describe('the version created just before', () => {
  it('is the next one in the list, read no further than needed', async () => {
    const pages = server(1_000);
    expect(await findPreviousVersion('p', 'id950')).toMatchObject({
      version: { name: 'v949' },
      complete: true,
    });
    expect(pages).toEqual([1]);
  });

  it('crosses a page boundary when the version is the last of its page', async () => {
    const pages = server(1_000);
    expect(await findPreviousVersion('p', 'id901')).toMatchObject({
      version: { name: 'v900' },
      complete: true,
    });
    expect(pages).toEqual([1, 2]);
  });

  it('is none for the first version of the project', async () => {
    server(150);
    expect(await findPreviousVersion('p', 'id1')).toEqual({ version: null, complete: true });
  });

  it('says when it looked at only part of the history', async () => {
    const pages = server(5_000);
    expect(await findPreviousVersion('p', 'id3', undefined, 3)).toEqual({ version: null, complete: false });
    expect(pages).toEqual([1, 2, 3]);
  });
});
