/**
 * Retry and delete. Each mutation owns its cache updates and invalidation and returns the invalidation's
 * promise, so `mutate(ref, { onSuccess })` runs after the lists are fresh (e.g. navigate after delete).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteRelease, getRelease, retryRelease, type ReleaseRef } from '../../api/releases';
import { isNotFound } from '../../components/api-error';
import {
  cancelProject,
  invalidateProject,
  patchStatus,
  removeFromLists,
  restore,
  snapshot,
  type CacheSnapshot,
} from './cache';
import { releaseQueries } from './queries';

export interface ReleaseTarget extends ReleaseRef {
  name: string;
}

/**
 * One-click retry: the version shows `retrying` while the request is on its way; the server's answer
 * follows by polling. Whatever keeps the request from being confirmed (a refusal, a network failure, or
 * a failure before it is sent) puts every cached copy back as it was.
 */
export function useRetryRelease() {
  const client = useQueryClient();
  return useMutation<void, Error, ReleaseTarget, CacheSnapshot>({
    mutationKey: ['releases', 'retry'],
    mutationFn: (target) => retryRelease(target),
    onMutate: async (target) => {
      // An in-flight poll must not overwrite the optimistic status with the old one.
      await cancelProject(client, target.projectKey, target.id);
      const saved = snapshot(client, target.projectKey, target.id);
      try {
        patchStatus(client, target.projectKey, target.id, 'retrying');
      } catch (error) {
        restore(client, saved);
        throw error;
      }
      return saved;
    },
    onError: (_error, _target, saved) => restore(client, saved),
    onSuccess: (_data, target) => invalidateProject(client, target.projectKey, target.id),
  });
}

/**
 * Delete; afterwards no cached list shows the version and its detail is no longer polled. Real Zadig
 * answers success for an id it does not know, so the version is looked up first: one already deleted
 * elsewhere fails with a not-found error (`isNotFound`) and is taken out of the lists all the same.
 */
export function useDeleteRelease() {
  const client = useQueryClient();
  const forget = async (target: ReleaseTarget) => {
    const detail = releaseQueries.detailOf(target.projectKey, target.id);
    await cancelProject(client, target.projectKey, target.id);
    client.removeQueries({ queryKey: detail, type: 'inactive' });
    removeFromLists(client, target.projectKey, target.id);
    await invalidateProject(client, target.projectKey);
  };
  return useMutation<void, Error, ReleaseTarget>({
    mutationKey: ['releases', 'delete'],
    mutationFn: async (target) => {
      await getRelease(target);
      await deleteRelease(target);
    },
    onSuccess: (_data, target) => forget(target),
    onError: async (error, target) => {
      if (isNotFound(error)) await forget(target);
    },
  });
}
