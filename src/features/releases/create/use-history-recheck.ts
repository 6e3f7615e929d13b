/**
 * Reads the project's history again before a version is created (on reaching Review and when Create is
 * pressed): another tab or another user may have created a version since the wizard opened, pushing the
 * chart versions or target images this one would push. The newest versions are read again (`staleTime:
 * 0`); the details of versions the wizard has not read yet are read once. What a version pushes is
 * fixed when it is created, so a detail already in the cache is not read again (`staleTime: Infinity`).
 * The page's own reads share these queries, so they show what is found (the warning, the suggestions).
 */
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { ReleaseDetail } from '../../../api/model';
import { releaseQueries } from '../queries';
import { toHistory, versionsToRead, wizardQueries } from './wizard-queries';
import { mergeReadings, readingsOf, type HistoryReadings } from './pushed-targets';

export async function readHistoryAgain(client: QueryClient, projectKey: string): Promise<HistoryReadings> {
  const list = await client.fetchQuery({ ...wizardQueries.history(projectKey), staleTime: 0 });
  const reads = versionsToRead(toHistory(list).versions).map((v) =>
    client.fetchQuery({
      ...releaseQueries.detail({ projectKey, id: v.id, name: v.name }),
      staleTime: Infinity,
    }),
  );
  // A detail that cannot be read only makes the check poorer, as when the wizard opened.
  const details = (await Promise.allSettled(reads)).flatMap((r) =>
    r.status === 'fulfilled' ? [r.value] : ([] as ReleaseDetail[]),
  );
  return readingsOf(details);
}

/**
 * Reads the history again each time `onReview` becomes true, for the page to show. The function returned
 * does too (Create), and resolves to what the wizard read before with what it read now on top, or to
 * what it read before when the history cannot be read now (Create then goes on, as it would have).
 */
export function useHistoryRecheck(projectKey: string, before: HistoryReadings, onReview: boolean) {
  const client = useQueryClient();
  useEffect(() => {
    if (onReview) readHistoryAgain(client, projectKey).catch(() => undefined);
  }, [onReview, client, projectKey]);
  return () =>
    readHistoryAgain(client, projectKey).then(
      (again) => mergeReadings(before, again),
      () => before,
    );
}
