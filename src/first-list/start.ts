/**
 * The first list page's request, started as the page is opened by a tiny script of its own (no
 * imports, inlined in index.html by vite.config.ts, so it runs as the page is parsed). The app's API
 * client adopts the answer (`first-list.ts`) when its own first request has the same address and token.
 *
 * It must agree with the app, each checked by a unit test, on: the list's route and page and size
 * (`parseListState`), the request's address (`versionsUrl`), where the token is kept
 * (`TOKEN_STORAGE_KEY`) and the page's language (`detectLocale`).
 */
import type { FirstList } from './first-list';

const PAGE_SIZES = [10, 20, 50, 100];
const DEFAULT_PAGE_SIZE = 20;
const FILTER_KEYS = ['q', 'status', 'type', 'label'];
export const TOKEN_KEY = 'zrc.token';
export const LOCALE_KEY = 'zrc.locale';
const TIMEOUT_MS = 30_000;
/** The element the server puts its answer in (server/page-render.ts), and what it holds. */
export const SERVER_ANSWER_ID = 'zrc-first-list';
export interface ServerAnswer {
  /** The address of the request it answers (`firstListUrl`). */
  url: string;
  /** The versions API's answer, as sent. */
  body: string;
}

function positiveInt(raw: string | null, fallback: number): number {
  if (!raw || !/^\d{1,6}$/.test(raw)) return fallback;
  const n = Number(raw);
  return n >= 1 ? n : fallback;
}

function stored(kind: 'sessionStorage' | 'localStorage'): string | null {
  try {
    return window[kind].getItem(TOKEN_KEY) || null;
  } catch {
    return null;
  }
}

/** The address of the list page `location` opens, or null (another page, or a filtered list). */
export function firstListUrl(location: { pathname: string; search: string }): string | null {
  const match = /^\/projects\/([^/]+)\/releases\/?$/.exec(location.pathname);
  if (!match) return null;
  const params = new URLSearchParams(location.search);
  // A filtered list is left to the app, which reads its filters (parseListState).
  if (FILTER_KEYS.some((key) => params.has(key))) return null;
  let projectKey: string;
  try {
    projectKey = decodeURIComponent(match[1]!); // as the router reads it
  } catch {
    return null;
  }
  const size = positiveInt(params.get('size'), DEFAULT_PAGE_SIZE);
  const query = new URLSearchParams({
    page: String(positiveInt(params.get('page'), 1)),
    size: String(PAGE_SIZES.includes(size) ? size : DEFAULT_PAGE_SIZE),
  });
  return `/api/projects/${encodeURIComponent(projectKey)}/versions?${query.toString()}`;
}

/** The page's language, as the app works it out (`detectLocale` in src/i18n/i18n.tsx). */
export function pageLocale(): 'zh-CN' | 'en-US' {
  try {
    const stored = localStorage.getItem(LOCALE_KEY);
    if (stored === 'zh-CN' || stored === 'en-US') return stored;
  } catch {
    // storage unavailable: the browser's language
  }
  const languages = navigator.languages ?? [navigator.language];
  return languages.some((l) => l?.toLowerCase().startsWith('zh')) ? 'zh-CN' : 'en-US';
}

/**
 * The first relative-time formatter a page builds loads the language's data (~25 ms in the list's first
 * render, `npm run bench`). Built here, while the app's code is still on its way, the rows' own
 * (src/lib/time.ts) is built from data already loaded.
 */
function warmTimeFormat(): void {
  new Intl.RelativeTimeFormat(pageLocale(), { numeric: 'auto' }).format(-1, 'day');
}

/**
 * The answer the server rendered the page from (server/page-render.ts), if it is for `url`: the request
 * without a token, so a tab that holds one asks for its own.
 */
function serverAnswer(url: string): string | null {
  try {
    const element = document.getElementById(SERVER_ANSWER_ID);
    const sent = element
      ? (JSON.parse(element.textContent ?? '') as Partial<Record<keyof ServerAnswer, unknown>>)
      : null;
    return sent?.url === url && typeof sent.body === 'string' ? sent.body : null;
  } catch {
    return null;
  }
}

/** Starts the request for the page being opened, if it is a list, and warms the time formatter. */
export function startFirstList(): void {
  // In a task of its own: the page's parsing goes on first; over a list the server rendered (its times
  // already written), once the page has been painted.
  if (document.getElementById(SERVER_ANSWER_ID)) requestAnimationFrame(() => setTimeout(warmTimeFormat, 0));
  else setTimeout(warmTimeFormat, 0);
  const url = firstListUrl(window.location);
  if (!url) return;

  const token = stored('sessionStorage') ?? stored('localStorage');
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const answer = token ? null : serverAnswer(url);
  const response =
    answer !== null
      ? Promise.resolve(new Response(answer, { headers: { 'Content-Type': 'application/json' } }))
      : fetch(url, { headers, signal: AbortSignal.timeout(TIMEOUT_MS) });
  response.catch(() => undefined); // the app sends its own request when this one failed
  const first: FirstList = { url, token, response };
  (window as { __zrcFirstList?: FirstList }).__zrcFirstList = first;
}
