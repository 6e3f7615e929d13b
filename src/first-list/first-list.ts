/** What the first list request, started before the app (`start.ts`), leaves for the app's API client. */
export interface FirstList {
  /** The request's address, as the app's client builds it (path and query). */
  url: string;
  /** The token it carried, or null. */
  token: string | null;
  response: Promise<Response>;
}

declare global {
  interface Window {
    __zrcFirstList?: FirstList;
  }
}

/**
 * The response of the request started before the app, once, when the app's own request would be the
 * same (same address, same token); otherwise null. The first request to the list's endpoint takes it
 * or drops it, so a later request never gets an old answer.
 */
export function takeFirstList(url: string, token: string | null): Promise<Response> | null {
  const first = typeof window === 'undefined' ? undefined : window.__zrcFirstList;
  if (!first || url.split('?')[0] !== first.url.split('?')[0]) return null;
  delete window.__zrcFirstList;
  return first.url === url && first.token === token ? first.response : null;
}
