/**
 * Where the user's Zadig API token is kept in this browser: sessionStorage (this tab, until it is
 * closed) by default, localStorage when the user asks to be remembered on this device. A copy in
 * memory keeps things working when storage is unavailable. Listeners hear every change, including
 * sign-outs in other tabs.
 */
export const TOKEN_STORAGE_KEY = 'zrc.token';

type Listener = () => void;
const listeners = new Set<Listener>();
let memory: string | null = null;

function storage(kind: 'session' | 'local'): Storage | null {
  try {
    return kind === 'session' ? window.sessionStorage : window.localStorage;
  } catch {
    return null;
  }
}

function readFrom(kind: 'session' | 'local'): string | null {
  try {
    return storage(kind)?.getItem(TOKEN_STORAGE_KEY) || null;
  } catch {
    return null;
  }
}

function notify(): void {
  for (const listener of listeners) listener();
}

/** The token to send, or null. */
export function readToken(): string | null {
  return readFrom('session') ?? readFrom('local') ?? memory;
}

/** True when the token is kept on this device (localStorage). */
export function isTokenRemembered(): boolean {
  return readFrom('session') === null && readFrom('local') !== null;
}

/** Keeps a token; `remember` puts it in localStorage, otherwise sessionStorage. Returns where. */
export function saveToken(token: string, remember: boolean): 'device' | 'session' | 'memory' {
  forgetStored();
  memory = token;
  let where: 'device' | 'session' | 'memory' = 'memory';
  try {
    const target = storage(remember ? 'local' : 'session');
    if (target) {
      target.setItem(TOKEN_STORAGE_KEY, token);
      where = remember ? 'device' : 'session';
    }
  } catch {
    // quota or privacy mode: the token lives in memory for this page only
  }
  notify();
  return where;
}

function forgetStored(): void {
  for (const kind of ['session', 'local'] as const) {
    try {
      storage(kind)?.removeItem(TOKEN_STORAGE_KEY);
    } catch {
      // nothing stored there
    }
  }
}

/** Signs out: forgets the token everywhere. */
export function forgetToken(): void {
  forgetStored();
  memory = null;
  notify();
}

export function subscribeToken(listener: Listener): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === TOKEN_STORAGE_KEY || event.key === null) {
      if (!readFrom('session') && !readFrom('local')) memory = null;
      listener();
    }
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/**
 * What the user pasted, as the token to send: surrounding space and quotes removed, and a copied
 * `Bearer ` or `Authorization: Bearer ` prefix dropped.
 */
export function cleanTokenInput(raw: string): string {
  return raw
    .trim()
    .replace(/^authorization:\s*/i, '')
    .replace(/^bearer\s+/i, '')
    .replace(/^["']|["']$/g, '')
    .trim();
}

export const MAX_TOKEN_LENGTH = 4096;

/** Why a cleaned token cannot be right, or null. */
export function tokenProblem(token: string): 'empty' | 'spaces' | 'too-long' | 'characters' | null {
  if (token === '') return 'empty';
  if (/\s/.test(token)) return 'spaces';
  if (token.length > MAX_TOKEN_LENGTH) return 'too-long';
  // A header value allows visible ASCII only; anything else was not copied from Zadig.
  if (!/^[\x21-\x7e]+$/.test(token)) return 'characters';
  return null;
}
