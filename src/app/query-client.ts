import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/errors';
import { createConnection, RECOVER_MS, registerConnection } from './connection';

/**
 * Retries only what may succeed on a second try (network, 5xx), at most twice; not a timeout, which
 * already waited as long as the server allows (ZADIG_TIMEOUT_MS, 30 s by default): two more would keep
 * the page blank for a minute and a half. Reads and actions that fail because the server cannot be
 * reached put the console "offline" (see `connection`), from which it recovers by itself.
 * `recoverMs`: how often an outage is re-checked (tests make it short).
 */
export function createQueryClient({ recoverMs = RECOVER_MS }: { recoverMs?: number } = {}): QueryClient {
  const connection = createConnection(() => client, recoverMs);
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => connection.onQueryError(error, query),
      onSuccess: (data, query) => connection.onQuerySuccess(data, query),
    }),
    mutationCache: new MutationCache({
      onError: (error) => connection.onMutationError(error),
      onSuccess: () => connection.onMutationSuccess(),
    }),
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        refetchOnWindowFocus: true,
        refetchIntervalInBackground: false,
        retry: (failureCount, error) =>
          failureCount < 2 && (!isApiError(error) || (error.retryable && error.kind !== 'timeout')),
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4000),
      },
      mutations: { retry: false },
    },
  });
  registerConnection(client, connection);
  return client;
}
