/**
 * Where the user was: the project last looked at, remembered in this browser so `/` can reopen it; and
 * each project's list as last left in this tab (page, size, filters), where "back to versions" returns.
 */
import { paths } from '../../../lib/paths';

const KEY = 'zrc.project';
const LIST_KEY = 'zrc.lists';

export function rememberProject(projectKey: string): void {
  try {
    localStorage.setItem(KEY, projectKey);
  } catch {
    // storage unavailable: `/` shows the picker instead
  }
}

/** Forgets the project if it is the one remembered (it turned out not to exist). */
export function forgetProject(projectKey: string): void {
  try {
    if (localStorage.getItem(KEY) === projectKey) localStorage.removeItem(KEY);
  } catch {
    // storage unavailable: nothing was remembered
  }
}

export function lastProject(): string | null {
  try {
    const value = localStorage.getItem(KEY);
    return value && value.trim() ? value : null;
  } catch {
    return null;
  }
}

function rememberedLists(): Record<string, string> {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(LIST_KEY) ?? '{}');
    return stored && typeof stored === 'object' ? (stored as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/** The list's query (`serializeListState`) as the user leaves it. */
export function rememberList(projectKey: string, search: string): void {
  try {
    sessionStorage.setItem(LIST_KEY, JSON.stringify({ ...rememberedLists(), [projectKey]: search }));
  } catch {
    // storage unavailable: "back to versions" opens the list's first page
  }
}

/** The project's list as the user last left it in this tab, or its first page. */
export function listPath(projectKey: string): string {
  const search = rememberedLists()[projectKey];
  return paths.releases(projectKey, typeof search === 'string' ? search : undefined);
}
