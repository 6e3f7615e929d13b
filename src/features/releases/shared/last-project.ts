/**
 * Where the user was: the project last looked at, remembered in this browser so `/` can reopen it; and
 * each project's list as last left in this tab (page, size, filters), where "back to versions" returns.
 */
import { paths } from '../../../lib/paths';

const KEY = 'zrc.project';
const LIST_KEY = 'zrc.lists';

/**
 * Runs `run` on the browser's storage; when storage is unavailable (privacy mode, quota), nothing is
 * remembered: `/` shows the picker, and "back to versions" opens the list's first page.
 */
function withStorage<T>(run: () => T, fallback: T): T {
  try {
    return run();
  } catch {
    return fallback;
  }
}

export function rememberProject(projectKey: string): void {
  withStorage(() => localStorage.setItem(KEY, projectKey), undefined);
}

/** Forgets the project if it is the one remembered (it turned out not to exist). */
export function forgetProject(projectKey: string): void {
  withStorage(() => localStorage.getItem(KEY) === projectKey && localStorage.removeItem(KEY), undefined);
}

export function lastProject(): string | null {
  const value = withStorage(() => localStorage.getItem(KEY), null);
  return value?.trim() ? value : null;
}

function rememberedLists(): Record<string, string> {
  return withStorage(() => {
    const stored: unknown = JSON.parse(sessionStorage.getItem(LIST_KEY) ?? '{}');
    return stored && typeof stored === 'object' ? (stored as Record<string, string>) : {};
  }, {});
}

/** The list's query (`serializeListState`) as the user leaves it. */
export function rememberList(projectKey: string, search: string): void {
  withStorage(
    () => sessionStorage.setItem(LIST_KEY, JSON.stringify({ ...rememberedLists(), [projectKey]: search })),
    undefined,
  );
}

/** The project's list as the user last left it in this tab, or its first page. */
export function listPath(projectKey: string): string {
  const search = rememberedLists()[projectKey];
  return paths.releases(projectKey, typeof search === 'string' ? search : undefined);
}
