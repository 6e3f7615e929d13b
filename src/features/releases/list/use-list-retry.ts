/**
 * Retrying a failed version from the list: which one is being retried, and why the last retry failed
 * (until that is closed or another retry starts).
 */
import { useState } from 'react';
import type { ReleaseSummary } from '../../../api/model';
import { useRetryRelease } from '../mutations';

export interface RetryFailure {
  id: string;
  name: string;
  error: unknown;
}

export function useListRetry(projectKey: string) {
  const retry = useRetryRelease();
  const [retryFailure, setRetryFailure] = useState<RetryFailure | null>(null);

  const onRetry = (release: ReleaseSummary) => {
    setRetryFailure(null);
    retry.mutate(
      { projectKey, id: release.id, name: release.name },
      { onError: (error) => setRetryFailure({ id: release.id, name: release.name, error }) },
    );
  };

  return {
    onRetry,
    retryingId: retry.isPending ? (retry.variables?.id ?? null) : null,
    failure: retryFailure,
    closeFailure: () => setRetryFailure(null),
  };
}
