/** The detail page's delete confirmation, strict for a version being created or from production. */
import type { ReleaseDetail } from '../../../api/model';
import type { ReleaseTarget } from '../mutations';
import { DeleteReleaseDialog } from '../shared/delete-release-dialog';

export interface DetailDeleteDialogProps {
  release: ReleaseDetail;
  target: ReleaseTarget;
  onClose: () => void;
  onDeleted: () => void;
}

export function DetailDeleteDialog({ release, target, onClose, onDeleted }: DetailDeleteDialogProps) {
  return (
    <DeleteReleaseDialog
      target={target}
      strong={
        release.status === 'creating'
          ? { kind: 'creating' }
          : release.production
            ? { kind: 'production', env: release.envName }
            : null
      }
      onClose={onClose}
      onDeleted={onDeleted}
    />
  );
}
