import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ReleaseSummary } from '../../../api/model';
import type { ReleaseTarget } from '../mutations';
import { releaseQueries } from '../queries';
import { DeleteReleaseDialog, strongReason, type StrongReason } from './delete-release-dialog';

interface Pending {
  target: ReleaseTarget;
  strong: StrongReason | null;
}

/**
 * Delete from a list row: the list has no environment, so the detail (cached, or fetched now) says
 * whether the version comes from production; a creating version always needs the name typed.
 */
export function useDeleteFlow(projectKey: string, onDeleted?: () => void) {
  const client = useQueryClient();
  const [pending, setPending] = useState<Pending | null>(null);
  const [checkingId, setCheckingId] = useState<string | null>(null);

  const start = async (release: ReleaseSummary) => {
    const target = { projectKey, id: release.id, name: release.name };
    if (release.status === 'creating') {
      setPending({ target, strong: { kind: 'creating' } });
      return;
    }
    setCheckingId(release.id);
    let strong: StrongReason | null;
    try {
      strong = strongReason(await client.fetchQuery({ ...releaseQueries.detail(target), staleTime: 60_000 }));
    } catch {
      strong = { kind: 'unknown' };
    } finally {
      setCheckingId(null);
    }
    setPending({ target, strong });
  };

  const dialog = pending ? (
    <DeleteReleaseDialog
      key={pending.target.id}
      target={pending.target}
      strong={pending.strong}
      onClose={() => setPending(null)}
      onDeleted={onDeleted}
    />
  ) : null;

  return { start, dialog, checkingId, open: pending !== null };
}
