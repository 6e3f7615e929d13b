/**
 * A choice of the user's that the server also needs: the language and theme of the list page it renders
 * into the page it sends (server/page-prefs.ts), kept as a cookie beside the app's own copy.
 */
export type ChoiceName = 'zrc.locale' | 'zrc.theme';

/**
 * The cookie of one console: a host's cookies are shared by all its ports, its consoles' storage is not
 * (two consoles on one host would otherwise start each other's pages in the other's choices).
 */
export function choiceCookieName(name: ChoiceName, port: string): string {
  return port ? `${name}.${port}` : name;
}

/** The choice kept in this browser, when it is one of `allowed`. */
export function storedChoice<T extends string>(name: ChoiceName, allowed: readonly T[]): T | null {
  try {
    const stored = localStorage.getItem(name);
    return allowed.find((value) => value === stored) ?? null;
  } catch {
    return null; // storage may be unavailable (privacy mode)
  }
}

/** Keeps a choice in this browser; without storage it holds for this page only. */
export function storeChoice(name: ChoiceName, value: string): void {
  try {
    localStorage.setItem(name, value);
  } catch {
    // not remembered
  }
}

export function rememberForServer(name: ChoiceName, value: string): void {
  try {
    const cookie = choiceCookieName(name, window.location.port);
    document.cookie = `${cookie}=${encodeURIComponent(value)}; path=/; max-age=31536000; samesite=lax`;
  } catch {
    // cookies unavailable: the server sends the plain page
  }
}
