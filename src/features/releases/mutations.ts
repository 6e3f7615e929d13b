/**
 * Retry and delete. Each mutation owns its cache updates and invalidation and returns the invalidation's
 * promise, so `mutate(ref, { onSuccess })` runs after the lists are fresh (e.g. navigate after delete).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteRelease, retryRelease } from '../../api/releases';
import { isNotFound } from '../../components/api-error';
import { patchStatus, removeFromLists, restore, snapshot, type CacheSnapshot } from './cache';
import type { ReleaseRef } from '../../api/releases';
import { releaseQueries, retryMutationKey } from './queries';
import { refusedRetryStatus, retryNews } from './retry-refusal';

export interface ReleaseTarget extends ReleaseRef {
  name: string;
}

/**
 * One-click retry: the version shows `retrying` while the request is on its way (one cache patch,
 * `patchStatus`: every list and detail on screen shows it); the server's answer follows by the event
 * stream. Whatever keeps the request from being confirmed (a refusal, a network failure, or
 * a failure before it is sent) puts every cached copy back as it was — except a refusal because the
 * version is already being retried or has succeeded (`retryNews`): then every copy shows the status the
 * server found and is read again, so the page follows the live status.
 */

export function useRetryRelease() {
  const client = useQueryClient();
  return useMutation<void, Error, ReleaseTarget, CacheSnapshot>({
    mutationKey: retryMutationKey,
    mutationFn: (target) => retryRelease(target),
    onMutate: async (target) => {
      // An in-flight poll must not overwrite the optimistic status with the old one.
      await client.cancelQueries({ queryKey: releaseQueries.project(target.projectKey) });
      const saved = snapshot(client, target.projectKey);
      try {
        patchStatus(client, target.projectKey, target.id, 'retrying');
      } catch (error) {
        restore(client, saved);
        throw error;
      }
      return saved;
    },
    onError: (error, target, saved) => {
      const found = retryNews(error) ? refusedRetryStatus(error) : null;
      if (!found) return restore(client, saved);
      patchStatus(client, target.projectKey, target.id, found);
      // Not awaited: the news shows at once, the live status follows.
      void client.invalidateQueries({ queryKey: releaseQueries.project(target.projectKey) });
    },
    onSuccess: (_data, target) =>
      client.invalidateQueries({ queryKey: releaseQueries.project(target.projectKey) }),
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
    await client.cancelQueries({ queryKey: releaseQueries.project(target.projectKey) });
    client.removeQueries({ queryKey: detail, type: 'inactive' });
    removeFromLists(client, target.projectKey, target.id);
    await client.invalidateQueries({ queryKey: releaseQueries.project(target.projectKey) });
  };
  return useMutation<void, Error, ReleaseTarget>({
    mutationKey: ['releases', 'delete'],
    mutationFn: async (target) => {
      await client.fetchQuery({ ...releaseQueries.detail(target), staleTime: 0 });
      await deleteRelease(target);
    },
    onSuccess: (_data, target) => forget(target),
    onError: async (error, target) => {
      if (isNotFound(error)) await forget(target);
    },
  });
}
