/**
 * The list request started before the app (src/first-list/start.ts) agrees with the app about which
 * address the page opens and which token it sends, and the API client reads its answer as its own:
 * once, only when its own request would be the same, with the same 401 and error handling.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiRequest, anyJson, setTokenProvider, setUnauthorizedHandler } from '../api/client';
import { versionsUrl } from '../api/versions';
import { ApiError } from '../api/errors';
import { TOKEN_STORAGE_KEY } from '../features/auth/token-store';
import { hasFilters, parseListState } from '../features/releases/list/url-state';
import { matchRoutes } from 'react-router';
import { routePatterns } from '../lib/paths';
import { detectLocale, LOCALE_STORAGE_KEY } from '../i18n/i18n';
import { firstListUrl, LOCALE_KEY, pageLocale, TOKEN_KEY } from './start';

const LIST = '/api/projects/p/versions';

/** The address the app's first list request has for a location (router, list state, client). */
function appListUrl(pathname: string, search: string): string | null {
  const match = matchRoutes([{ path: routePatterns.releases }], pathname)?.[0];
  if (!match?.params.projectKey) return null;
  const state = parseListState(new URLSearchParams(search));
  if (hasFilters(state)) return null;
  return versionsUrl(match.params.projectKey, state);
}

describe('the address of the first list page', () => {
  it('keeps the token where the app keeps it', () => {
    expect(TOKEN_KEY).toBe(TOKEN_STORAGE_KEY);
  });

  it('is the address the app asks for, for any project, page and size', () => {
    const segment = fc.oneof(fc.string(), fc.constantFrom('yaml-demo', 'a b', '中文', '%E4%B8%AD'));
    const value = fc.oneof(fc.constantFrom('1', '2', '20', '50', '0', '-1', '1000000', 'x', ''), fc.string());
    fc.assert(
      fc.property(segment, value, value, fc.boolean(), (project, page, size, slash) => {
        const pathname = `/projects/${encodeURIComponent(project)}/releases${slash ? '/' : ''}`;
        const search = `?${new URLSearchParams({ page, size }).toString()}`;
        const ours = firstListUrl({ pathname, search });
        expect(ours).toBe(appListUrl(pathname, search));
      }),
    );
  });

  it('starts nothing for other pages and for filtered lists', () => {
    for (const [pathname, search] of [
      ['/', ''],
      ['/projects/p/releases/new', ''],
      ['/projects/p/releases/abc', ''],
      ['/projects/p/compare', '?base=a&head=b'],
      ['/projects/p/releases', '?q=v1'],
      ['/projects/p/releases', '?status=success'],
    ] as const) {
      expect(firstListUrl({ pathname, search })).toBeNull();
    }
  });
});

describe('the language whose time formatter is warmed', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is the language the app starts in, for any stored choice and browser languages', () => {
    expect(LOCALE_KEY).toBe(LOCALE_STORAGE_KEY);
    const language = fc.constantFrom('en-US', 'zh-CN', 'zh-TW', 'ZH', 'fr', 'en', '');
    fc.assert(
      fc.property(
        fc.option(fc.constantFrom('zh-CN', 'en-US', 'fr', '')),
        fc.array(language, { maxLength: 3 }),
        fc.boolean(),
        (stored, languages, storageThrows) => {
          vi.stubGlobal('localStorage', {
            getItem: (key: string) => {
              if (storageThrows) throw new Error('storage unavailable');
              return key === LOCALE_KEY ? stored : null;
            },
          });
          vi.stubGlobal('navigator', { languages, language: languages[0] ?? '' });
          expect(pageLocale()).toBe(detectLocale());
        },
      ),
    );
  });
});

describe('the API client adopts the answer', () => {
  const url = `${LIST}?page=1&size=20`;
  const page = JSON.stringify({ total: 0, list: [] });
  let fetchMock: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    fetchMock = vi.fn(() => Promise.resolve(new Response(page, { status: 200 })));
    vi.stubGlobal('fetch', fetchMock);
    vi.stubGlobal('window', {});
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    setTokenProvider(() => null);
    setUnauthorizedHandler(null);
  });

  const leave = (response: Promise<Response>, token: string | null = null, at = url) => {
    window.__zrcFirstList = { url: at, token, response };
  };
  const query = { page: 1, size: 20 };

  it('once, instead of sending its own request', async () => {
    leave(Promise.resolve(new Response(JSON.stringify({ total: 1, list: [] }), { status: 200 })));
    await expect(apiRequest(LIST, { query, schema: anyJson })).resolves.toEqual({ total: 1, list: [] });
    expect(fetchMock).not.toHaveBeenCalled();
    await expect(apiRequest(LIST, { query, schema: anyJson })).resolves.toEqual({ total: 0, list: [] });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('a 401 still asks for a token, and the request is sent again with it', async () => {
    leave(Promise.resolve(new Response('{"code":401,"message":"unauthorized"}', { status: 401 })));
    let token: string | null = null;
    setTokenProvider(() => token);
    const handler = vi.fn(() => {
      token = 'new-token';
      return Promise.resolve(true);
    });
    setUnauthorizedHandler(handler);
    await expect(apiRequest(LIST, { query, schema: anyJson })).resolves.toEqual({ total: 0, list: [] });
    expect(handler).toHaveBeenCalledWith(null, false);
    const [, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(init.headers).toMatchObject({ Authorization: 'Bearer new-token' });
  });

  it('an error answer is the same ApiError', async () => {
    leave(Promise.resolve(new Response('{"code":500,"message":"boom"}', { status: 500 })));
    const error = await apiRequest(LIST, { query, schema: anyJson }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 500, kind: 'server' });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('a request that failed on the way is sent again by the app', async () => {
    leave(Promise.reject(new TypeError('Failed to fetch')));
    await expect(apiRequest(LIST, { query, schema: anyJson })).resolves.toEqual({ total: 0, list: [] });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('not for another page, nor with another token; and never later', async () => {
    leave(Promise.resolve(new Response('{"total":9,"list":[]}')));
    await apiRequest(LIST, { query: { ...query, page: 2 }, schema: anyJson });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await expect(apiRequest(LIST, { query, schema: anyJson })).resolves.toEqual({ total: 0, list: [] });
    expect(window.__zrcFirstList).toBeUndefined();

    leave(Promise.resolve(new Response('{"total":9,"list":[]}')), 'old-token');
    setTokenProvider(() => 'other-token');
    await expect(apiRequest(LIST, { query, schema: anyJson })).resolves.toEqual({ total: 0, list: [] });
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('other endpoints leave it for the list', async () => {
    leave(Promise.resolve(new Response('{"total":9,"list":[]}')));
    await apiRequest('/openapi/projects/project', { schema: anyJson });
    await expect(apiRequest(LIST, { query, schema: anyJson })).resolves.toEqual({ total: 9, list: [] });
  });
});
