/**
 * The console's view of its connection: it goes "offline" when a read or an action fails because the
 * server (or Zadig behind it) cannot be reached, and comes back by itself. While offline it checks every
 * `recoverMs`, and at once on the browser's `online` event or when the window regains focus; when the
 * server answers again every read on screen is refreshed, so no stale error is left behind.
 *
 * Pages keep what they show during an outage; the shell shows one quiet notice (see `OfflineNotice`).
 */
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { isOutage } from '../api/outage';
import type { HealthResponse } from '../api/schemas';

export { isOutage };
import { projectQueries } from '../features/releases/shared/project-queries';

/** How often an outage is re-checked (ms). */
export const RECOVER_MS = 2000;

const HEALTH_KEY = projectQueries.health().queryKey;

function isHealth(query: { queryKey: QueryKey }): boolean {
  return query.queryKey[0] === HEALTH_KEY[0] && query.queryKey.length === HEALTH_KEY.length;
}

export interface Connection {
  offline(): boolean;
  subscribe(listener: () => void): () => void;
  /** Checks now (e.g. a "try now" button). */
  check(): void;
  onQueryError(error: unknown): void;
  onQuerySuccess(data: unknown, query: { queryKey: QueryKey }): void;
  onMutationError(error: unknown): void;
  onMutationSuccess(): void;
}

const connections = new WeakMap<QueryClient, Connection>();

export function connectionOf(client: QueryClient): Connection | undefined {
  return connections.get(client);
}

export function createConnection(getClient: () => QueryClient, recoverMs = RECOVER_MS): Connection {
  let offline = false;
  let timer: ReturnType<typeof setInterval> | undefined;
  let checking = false;
  const listeners = new Set<() => void>();

  const check = () => {
    if (checking) return;
    checking = true;
    void getClient()
      .fetchQuery({ ...projectQueries.health(), staleTime: 0, retry: false })
      .catch(() => undefined)
      .finally(() => {
        checking = false;
      });
  };
  const onWake = () => {
    if (offline) check();
  };
  const set = (next: boolean) => {
    if (next === offline) return;
    offline = next;
    if (offline) {
      timer = setInterval(check, recoverMs);
      window.addEventListener('online', onWake);
      window.addEventListener('focus', onWake);
    } else {
      clearInterval(timer);
      window.removeEventListener('online', onWake);
      window.removeEventListener('focus', onWake);
      // Back: refresh what is on screen (errors included), except the check that just answered.
      void getClient().invalidateQueries({ predicate: (q) => !isHealth(q) });
    }
    listeners.forEach((listener) => listener());
  };

  return {
    offline: () => offline,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    check,
    onQueryError(error) {
      if (isOutage(error)) set(true);
    },
    onQuerySuccess(data, query) {
      if (!isHealth(query)) set(false);
      else if ((data as HealthResponse).upstream !== 'unreachable') set(false);
    },
    onMutationError(error) {
      if (isOutage(error)) set(true);
    },
    onMutationSuccess() {
      set(false);
    },
  };
}

export function registerConnection(client: QueryClient, connection: Connection): void {
  connections.set(client, connection);
}
