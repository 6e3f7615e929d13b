/**
 * Retry and delete. Each mutation owns its cache updates and invalidation and returns the invalidation's
 * promise, so `mutate(ref, { onSuccess })` runs after the lists are fresh (e.g. navigate after delete).
 */
import { useMutation, useMutationState, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ReleaseSummary } from '../../api/model';
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
import { refusedRetryStatus, retryNews } from './retry-refusal';

export interface ReleaseTarget extends ReleaseRef {
  name: string;
}

/**
 * One-click retry: the version shows `retrying` while the request is on its way; the server's answer
 * follows by polling. Whatever keeps the request from being confirmed (a refusal, a network failure, or
 * a failure before it is sent) puts every cached copy back as it was — except a refusal because the
 * version is already being retried or has succeeded (`retryNews`): then every copy shows the status the
 * server found and is read again, so the page follows the live status.
 */
/** Marks the retry mutations, so lists can show what is on its way (`usePendingRetries`). */
export const retryMutationKey = ['releases', 'retry'] as const;

export function useRetryRelease() {
  const client = useQueryClient();
  return useMutation<void, Error, ReleaseTarget, CacheSnapshot>({
    mutationKey: retryMutationKey,
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
    onError: (error, target, saved) => {
      const found = retryNews(error) ? refusedRetryStatus(error) : null;
      if (!found) return restore(client, saved);
      patchStatus(client, target.projectKey, target.id, found);
      // Not awaited: the news shows at once, the live status follows.
      void invalidateProject(client, target.projectKey, target.id);
    },
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

/**
 * The ids of the versions whose retry is on its way or whose lists are being re-read after it. A read
 * that began before the retry (the version index is never cancelled) can land meanwhile with the old
 * status; rows show `retrying` for these until the read after the retry brings the server's word.
 */
export function usePendingRetries(): ReadonlySet<string> {
  // The same array while the pending ids stay the same (react-query keeps deep-equal results).
  const ids = useMutationState({
    filters: { mutationKey: retryMutationKey, status: 'pending' },
    select: (mutation) => (mutation.state.variables as ReleaseTarget | undefined)?.id ?? '',
  });
  return useMemo(() => new Set(ids.filter(Boolean)), [ids]);
}

/** `items` with the versions in `ids` shown as `retrying` (the same array when nothing changes). */
export function withPendingRetries(items: ReleaseSummary[], ids: ReadonlySet<string>): ReleaseSummary[] {
  if (ids.size === 0 || !items.some((item) => ids.has(item.id) && item.status !== 'retrying')) return items;
  return items.map((item) =>
    ids.has(item.id) && item.status !== 'retrying' ? { ...item, status: 'retrying' } : item,
  );
}
