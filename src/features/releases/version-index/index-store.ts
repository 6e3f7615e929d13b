/**
 * Version indexes kept in the browser (IndexedDB), one per Zadig host, project and signed-in token.
 * The token itself is never stored: its SHA-256 is part of the key, so another token (another user)
 * never reads this one's index. Every failure (no IndexedDB, private mode, quota) just means no copy.
 */
import type { VersionIndex } from './index-model';

const DB_NAME = 'zrc-version-index';
const STORE = 'indexes';

export interface IndexScope {
  /** The Zadig host (`sandbox` for the embedded one). */
  host: string;
  projectKey: string;
  /** Who reads: the token's hash, `no-token`, or `memory:<n>` (kept in this page only). */
  identity: string;
}

/** False for identities that must stay in memory (no hash could be made of the token). */
export function persistable(scope: IndexScope): boolean {
  return !scope.identity.startsWith('memory:');
}

export function storageKey(scope: IndexScope): string {
  return JSON.stringify([scope.host, scope.projectKey, scope.identity]);
}

let opening: Promise<IDBDatabase | null> | null = null;

function openDb(): Promise<IDBDatabase | null> {
  opening ??= new Promise<IDBDatabase | null>((resolve) => {
    try {
      if (typeof indexedDB === 'undefined') return resolve(null);
      const request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve(null);
      request.onblocked = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
  return opening;
}

function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T | null> {
  return openDb().then(
    (db) =>
      new Promise<T | null>((resolve) => {
        if (!db) return resolve(null);
        try {
          const request = work(db.transaction(STORE, mode).objectStore(STORE));
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => resolve(null);
        } catch {
          resolve(null);
        }
      }),
  );
}

export async function loadIndex(scope: IndexScope): Promise<VersionIndex | null> {
  if (!persistable(scope)) return null;
  const stored = await run<unknown>('readonly', (store) => store.get(storageKey(scope)));
  return isIndex(stored) ? stored : null;
}

export async function saveIndex(scope: IndexScope, index: VersionIndex): Promise<void> {
  if (!persistable(scope)) return;
  await run('readwrite', (store) => store.put(index, storageKey(scope)));
}

/** Forgets every stored index (sign-out). */
export async function clearIndexes(): Promise<void> {
  await run('readwrite', (store) => store.clear());
}

function isIndex(value: unknown): value is VersionIndex {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<VersionIndex>;
  return Array.isArray(v.versions) && typeof v.total === 'number' && typeof v.complete === 'boolean';
}

/** Tests: a fresh database connection. */
export function resetIndexStore(): void {
  opening = null;
}

const memoryIds = new Map<string, string>();

/**
 * Who the token is, for the index's key: its SHA-256 (hex), `no-token` when the server holds the
 * token, or a number kept in this page's memory when the browser cannot hash (no secure context).
 */
export async function tokenIdentity(token: string | null): Promise<string> {
  if (!token) return 'no-token';
  const subtle = globalThis.crypto?.subtle;
  if (subtle) {
    try {
      const digest = await subtle.digest('SHA-256', new TextEncoder().encode(token));
      return `sha256:${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
    } catch {
      // fall through to a page-memory identity
    }
  }
  let id = memoryIds.get(token);
  if (!id) memoryIds.set(token, (id = `memory:${memoryIds.size + 1}`));
  return id;
}
