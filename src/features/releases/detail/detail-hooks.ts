/** The detail page's hooks: its version read live, the notice when it finishes, its services shown in batches. */
import { useIsMutating, useQuery, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { startTransition, useEffect, useRef, useState } from 'react';
import { isActiveStatus } from '../../../api/model';
import { useT } from '../../../i18n/i18n';
import type { ReleaseTarget } from '../mutations';
import { releaseQueries } from '../queries';
import { useReleaseLabels } from '../shared/status-tag';
import { useVersionStream } from '../use-version-stream';
import { useLiveIntervals } from '../live-intervals';
import { detailMessages } from './messages';

/**
 * One version's record, read live while the page shows it, and `markDeleted` for when the version has
 * been deleted: reading stops, and the cached record is dropped when the page goes.
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

/** Tells the user when a version they are watching stops creating/retrying. */
export function useFinishNotice(status: string | undefined, name: string) {
  const { notification } = App.useApp();
  const t = useT(detailMessages);
  const words = useReleaseLabels();
  const previous = useRef(status);

  useEffect(() => {
    const before = previous.current;
    previous.current = status;
    if (!before || !status || !isActiveStatus(before) || isActiveStatus(status)) return;
    const config = { description: t('finishedHint'), placement: 'bottomRight' as const };
    if (status === 'success') notification.success({ ...config, title: t('finishedSuccess', { name }) });
    else if (status === 'failed') notification.error({ ...config, title: t('finishedFailed', { name }) });
    else notification.info({ ...config, title: t('finishedOther', { name, status: words.status(status) }) });
  }, [status, name, notification, t, words]);
}

/** How many items the first paint renders, and how many each later step adds. */
const FIRST_BATCH = 12;
const NEXT_BATCH = 40;

/**
 * How many of `total` items to render now: the first few at once, the rest a batch per task after the
 * first paint (as an interruptible transition). A version with 200 services shows its first services
 * at once instead of after all 200 panels are built; every panel is there a moment later.
 */
export function useProgressiveCount(total: number): number {
  const [count, setCount] = useState(FIRST_BATCH);
  useEffect(() => {
    if (count >= total) return;
    const timer = setTimeout(() => startTransition(() => setCount((c) => c + NEXT_BATCH)), 0);
    return () => clearTimeout(timer);
  }, [count, total]);
  return Math.min(count, total);
}
