import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/errors';

/** Retries only what may succeed on a second try (network, timeouts, 5xx), at most twice. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        refetchOnWindowFocus: true,
        refetchIntervalInBackground: false,
        retry: (failureCount, error) => failureCount < 2 && (!isApiError(error) || error.retryable),
      },
      mutations: { retry: false },
    },
  });
}
