/**
 * Loads a lazy chunk and, when that fails (server restarting, network blip), tries again instead of
 * failing the page: after a short pause that grows, and at once when the browser comes back online or
 * the window regains focus. Gives up (and lets the error page show) only after `giveUpMs`.
 */
export interface RetryOptions {
  /** Pauses between attempts (ms); the last one repeats. */
  delays?: readonly number[];
  giveUpMs?: number;
  /** Imports a module by address (tests replace it). */
  importUrl?: (url: string) => Promise<unknown>;
}

const importByUrl = (url: string): Promise<unknown> => import(/* @vite-ignore */ url);

/** The address of the module a failed dynamic import names, when it is a script of this site. */
export function failedModuleUrl(error: unknown): string | null {
  const message = error instanceof Error ? error.message : String(error);
  const match = /(?:https?:)?\/\/[^\s'"]+?\.m?js(?=[?#\s'"]|$)|\/[^\s'"]+?\.m?js(?=[?#\s'"]|$)/.exec(message);
  if (!match) return null;
  try {
    const url = new URL(match[0], window.location.href);
    if (url.origin !== window.location.origin) return null;
    url.search = '';
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}

/**
 * Per module address: how many fresh addresses were tried, and the one that loaded (for the page's
 * life; tests use a module address each, so nothing needs resetting).
 */
const revived = new Map<string, { tries: number; loaded?: Promise<unknown> }>();

/**
 * One attempt at loading a module. Some browsers (Chromium before 156) keep a module whose fetch failed
 * as failed for the life of the page: importing it again fails at once, without a request. So when the
 * load fails on a script of this site, that script is imported under a fresh address (`?retry=N`; once
 * one loads, it is used from then on). Its own imports keep their usual addresses: they were never
 * fetched while it was missing (lazy pages' scripts are not preloaded, see `vite.config.ts`).
 * Rejects with the load's own error while the module cannot be fetched. So `load` must give the module
 * itself (`() => import(…)`), never a part of it: a revived load gives the module.
 */
export async function loadModule<T>(
  load: () => Promise<T>,
  importUrl: (url: string) => Promise<unknown> = importByUrl,
): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const url = failedModuleUrl(error);
    if (!url) throw error;
    const entry = revived.get(url) ?? { tries: 0 };
    revived.set(url, entry);
    if (!entry.loaded) {
      entry.tries += 1;
      entry.loaded = importUrl(`${url}?retry=${entry.tries}`);
      entry.loaded.catch(() => (entry.loaded = undefined));
    }
    try {
      return (await entry.loaded) as T;
    } catch {
      throw error;
    }
  }
}

const DEFAULT_DELAYS = [300, 1000, 2000, 3000] as const;

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      window.removeEventListener('online', done);
      window.removeEventListener('focus', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    window.addEventListener('online', done);
    window.addEventListener('focus', done);
  });
}

export async function retryingImport<T>(load: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const delays = options.delays ?? DEFAULT_DELAYS;
  const giveUpAt = Date.now() + (options.giveUpMs ?? 60_000);
  for (let attempt = 0; ; attempt++) {
    try {
      return await loadModule(load, options.importUrl);
    } catch (error) {
      if (Date.now() >= giveUpAt) throw error;
      await pause(delays[Math.min(attempt, delays.length - 1)] ?? 1000);
    }
  }
}
