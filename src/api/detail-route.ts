/**
 * Which detail route the server has. Real Zadig servers (v4.0+) have no `/releases/:id` and answer it
 * with gin's plain 404; once one did, details are asked at `/releases/detail?versionName=` directly.
 * Remembered for the browser session (sessionStorage is per console origin, and one console server
 * fronts one Zadig), together with the Zadig host it was learned on: another host starts afresh.
 */
const STORAGE_KEY = 'zrc.detail-by-name';

/** The Zadig host this console fronts (`sandbox` for the embedded one), once the server said it. */
let currentHost: string | null = null;
/** The host for which `/:id` answered 404 (`''`: learned before the host was known), or null. */
let learned: string | null = null;
let loaded = false;

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

function load(): void {
  if (loaded) return;
  loaded = true;
  try {
    learned = storage()?.getItem(STORAGE_KEY) ?? null;
  } catch {
    learned = null;
  }
}

function save(value: string | null): void {
  learned = value;
  try {
    if (value === null) storage()?.removeItem(STORAGE_KEY);
    else storage()?.setItem(STORAGE_KEY, value);
  } catch {
    // private mode or quota: kept in memory for this page
  }
}

/** True when this server is known to answer details only by name. */
export function detailsByNameOnly(): boolean {
  load();
  return learned !== null && (currentHost === null || learned === '' || learned === currentHost);
}

/** The server answered `/releases/:id` with a 404 of its router (not a typed "version not found"). */
export function learnDetailsByNameOnly(): void {
  load();
  save(currentHost ?? '');
}

/** The server told which Zadig it fronts: what was learned for another host is forgotten. */
export function noteZadigHost(host: string): void {
  load();
  currentHost = host;
  if (learned === '') save(host);
  else if (learned !== null && learned !== host) save(null);
}

/** Tests: forget everything. */
export function resetDetailRoute(): void {
  currentHost = null;
  loaded = true;
  save(null);
}
