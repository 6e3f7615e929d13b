/**
 * The console's view of its connection: "offline" when a read or an action fails because the server (or
 * Zadig behind it) cannot be reached, back by itself. While offline it checks every `recoverMs`, and at
 * once on the browser's `online` event or the window's focus; when the server answers again every read
 * on screen is refreshed, so no stale error is left behind. An outage the console's server answers
 * itself (`isZadigOutage`), or a health check saying Zadig is unreachable, is Zadig's; any other is the
 * server's. Pages keep what they show; the shell shows one quiet notice (`OfflineNotice`).
 */
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { isOutage, isZadigOutage } from '../api/outage';
import type { HealthResponse } from '../api/schemas';
import { projectQueries } from '../features/releases/shared/project-queries';

/** How often an outage is re-checked (ms). */
export const RECOVER_MS = 2000;

const HEALTH_KEY = projectQueries.health().queryKey;

function isHealth(query: { queryKey: QueryKey }): boolean {
  return query.queryKey[0] === HEALTH_KEY[0] && query.queryKey.length === HEALTH_KEY.length;
}

/** What cannot be reached: the console's server (or the network to it), or only Zadig behind it. */
export type Outage = 'server' | 'zadig';

type Connection = ReturnType<typeof createConnection>;

const connections = new WeakMap<QueryClient, Connection>();

export function connectionOf(client: QueryClient): Connection | undefined {
  return connections.get(client);
}

export function createConnection(getClient: () => QueryClient, recoverMs = RECOVER_MS) {
  let outage: Outage | null = null;
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
    if (outage) check();
  };
  const set = (next: Outage | null) => {
    if (next === outage) return;
    const was = outage;
    outage = next;
    // From one outage to the other, only what the notice says changes.
    if (!was) {
      timer = setInterval(check, recoverMs);
      window.addEventListener('online', onWake);
      window.addEventListener('focus', onWake);
    } else if (!next) {
      clearInterval(timer);
      window.removeEventListener('online', onWake);
      window.removeEventListener('focus', onWake);
      // Back: refresh what is on screen (errors included), except the check that just answered.
      void getClient().invalidateQueries({ predicate: (q) => !isHealth(q) });
    }
    listeners.forEach((listener) => listener());
  };

  const down = (error: unknown) => set(isZadigOutage(error) ? 'zadig' : 'server');

  return {
    offline: () => outage !== null,
    /** What is down while offline; null while online. */
    outage: () => outage,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Checks now (e.g. a "try now" button). */
    check,
    onQueryError(error: unknown, query: { queryKey: QueryKey }) {
      if (!isOutage(error)) return;
      // The health check is the console's own: its failure says the server is down, whatever the status.
      if (isHealth(query)) set('server');
      else down(error);
    },
    onQuerySuccess(data: unknown, query: { queryKey: QueryKey }) {
      if (!isHealth(query) || (data as HealthResponse).upstream !== 'unreachable') set(null);
      else if (outage) set('zadig'); // the server answers; Zadig behind it does not
    },
    onMutationError(error: unknown) {
      if (isOutage(error)) down(error);
    },
    onMutationSuccess() {
      set(null);
    },
  };
}

export function registerConnection(client: QueryClient, connection: Connection): void {
  connections.set(client, connection);
}
