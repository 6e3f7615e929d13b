/**
 * Retry and delete. Each mutation owns its cache updates and invalidation and returns the invalidation's
 * promise, so `mutate(ref, { onSuccess })` runs after the lists are fresh (e.g. navigate after delete).
 */
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { deleteRelease, retryRelease, type ReleaseRef } from '../../api/releases';
import { patchStatus, removeFromLists, restore, snapshot, type CacheSnapshot } from './cache';
import { releaseQueries } from './queries';

export interface ReleaseTarget extends ReleaseRef {
  name: string;
}

function invalidateProject(client: QueryClient, projectKey: string, id: string): Promise<unknown> {
  return Promise.all([
    client.invalidateQueries({ queryKey: releaseQueries.lists(projectKey) }),
    client.invalidateQueries({ queryKey: releaseQueries.allVersionsKey(projectKey) }),
    client.invalidateQueries({ queryKey: releaseQueries.detailOf(projectKey, id) }),
  ]);
}

/** One-click retry: the version shows `retrying` at once; the server's answer follows by polling. */
export function useRetryRelease() {
  const client = useQueryClient();
  return useMutation<void, Error, ReleaseTarget, CacheSnapshot>({
    mutationKey: ['releases', 'retry'],
    mutationFn: (target) => retryRelease(target),
    onMutate: async (target) => {
      // An in-flight poll must not overwrite the optimistic status with the old one.
      await Promise.all([
        client.cancelQueries({ queryKey: releaseQueries.lists(target.projectKey) }),
        client.cancelQueries({ queryKey: releaseQueries.detailOf(target.projectKey, target.id) }),
      ]);
      const saved = snapshot(client, target.projectKey, target.id);
      patchStatus(client, target.projectKey, target.id, 'retrying');
      return saved;
    },
    onError: (_error, _target, saved) => restore(client, saved),
    onSuccess: (_data, target) => invalidateProject(client, target.projectKey, target.id),
  });
}

/** Delete; afterwards no cached list shows the version and its detail is no longer polled. */
export function useDeleteRelease() {
  const client = useQueryClient();
  return useMutation<void, Error, ReleaseTarget>({
    mutationKey: ['releases', 'delete'],
    mutationFn: (target) => deleteRelease(target),
    onSuccess: async (_data, target) => {
      const detail = releaseQueries.detailOf(target.projectKey, target.id);
      await client.cancelQueries({ queryKey: detail });
      client.removeQueries({ queryKey: detail, type: 'inactive' });
      removeFromLists(client, target.projectKey, target.id);
      await Promise.all([
        client.invalidateQueries({ queryKey: releaseQueries.lists(target.projectKey) }),
        client.invalidateQueries({ queryKey: releaseQueries.allVersionsKey(target.projectKey) }),
      ]);
    },
  });
}
