/** One version's record, read live while the page shows it, and no longer once it is being deleted. */
import { useIsMutating, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { ReleaseTarget } from '../mutations';
import { releaseQueries } from '../queries';
import { useVersionStream } from '../use-version-stream';
import { useLiveIntervals } from '../live-intervals';

/**
 * The detail query of `id`, and `markDeleted` for when the version has been deleted: reading stops, and
 * the cached record is dropped when the page goes.
 */
export function useDetailQuery(projectKey: string, id: string, name: string | undefined) {
  const client = useQueryClient();
  const [deleted, setDeleted] = useState(false);
  const deletedRef = useRef(false);
  // No polling while the version is being deleted or after: it would answer "not found".
  const deletingNow =
    useIsMutating({
      mutationKey: ['releases', 'delete'],
      predicate: (m) => (m.state.variables as ReleaseTarget | undefined)?.id === id,
    }) > 0;
  const poll = useVersionStream(projectKey);
  const { live } = useLiveIntervals();
  const query = useQuery({
    ...releaseQueries.detail({ projectKey, id, name }, poll, live),
    enabled: !deleted && !deletingNow,
  });

  useEffect(
    () => () => {
      if (deletedRef.current) client.removeQueries({ queryKey: releaseQueries.detailOf(projectKey, id) });
    },
    [client, projectKey, id],
  );

  const markDeleted = () => {
    deletedRef.current = true;
    setDeleted(true);
  };
  return { query, markDeleted };
}
