import { App, Modal } from 'antd';
// The plain input alone: antd's index brings TextArea, Search, Password and OTP with it.
import Input from 'antd/es/input/Input';
import { useId, useState } from 'react';
import type { ReleaseDetail } from '../../../api/model';
import { ErrorView, isNotFound } from '../../../components/api-error';
import { commonMessages } from '../../../i18n/common';
import { useT } from '../../../i18n/i18n';
import { useDeleteRelease, type ReleaseTarget } from '../mutations';
import { sharedMessages } from './messages';
import { Paragraph } from '../../../components/plain-text';

export type StrongReason = { kind: 'creating' } | { kind: 'production'; env: string } | { kind: 'unknown' };

/** Why deleting this version needs its name typed (it is being created, or from production), or null. */
export function strongReason(release: ReleaseDetail): StrongReason | null {
  if (release.status === 'creating') return { kind: 'creating' };
  return release.production ? { kind: 'production', env: release.envName } : null;
}

export interface DeleteReleaseDialogProps {
  target: ReleaseTarget;
  /** Why the user must type the name; null for a plain confirmation. */
  strong: StrongReason | null;
  /** Runs once the dialog has closed (after its closing animation, the focus back where it was). */
  onClose: () => void;
  /** Runs after the delete finished and the lists were refreshed. */
  onDeleted?: () => void;
}

/** Confirms a delete by naming the version; a risky one (creating, production) needs the name typed. */
export function DeleteReleaseDialog({ target, strong, onClose, onDeleted }: DeleteReleaseDialogProps) {
  const t = useT(sharedMessages);
  const tc = useT(commonMessages);
  const { message } = App.useApp();
  const [typed, setTyped] = useState('');
  const mutation = useDeleteRelease();
  const inputId = useId();
  const confirmed = !strong || typed.trim() === target.name;
  // Closed here, removed by the caller once closed: the dialog then gives the focus back to the button
  // that opened it (a keyboard user goes on from there, not from the top of the page).
  const [open, setOpen] = useState(true);
  const close = () => setOpen(false);

  const submit = () => {
    if (!confirmed) return;
    mutation.mutate(target, {
      onSuccess: () => {
        void message.success(t('delete.done', { name: target.name }));
        close();
        onDeleted?.();
      },
      onError: (error) => {
        if (!isNotFound(error)) return;
        void message.warning(t('gone.alreadyDeleted', { name: target.name }));
        close();
        onDeleted?.();
      },
    });
  };

  return (
    <Modal
      open={open}
      afterClose={onClose}
      title={t('delete.title', { name: target.name })}
      okText={t('delete.confirm')}
      cancelText={tc('action.cancel')}
      okButtonProps={{ danger: true, disabled: !confirmed, loading: mutation.isPending }}
      onOk={submit}
      onCancel={close}
      mask={{ closable: !mutation.isPending }}
      destroyOnHidden
    >
      <Paragraph>{t('delete.body', { name: target.name })}</Paragraph>
      {strong && (
        <>
          <Paragraph type="warning" strong>
            {strong.kind === 'creating' && t('delete.reasonCreating')}
            {strong.kind === 'production' && t('delete.reasonProduction', { env: strong.env })}
            {strong.kind === 'unknown' && t('delete.reasonUnknown')}
          </Paragraph>
          <label htmlFor={inputId}>
            <Paragraph>{t('delete.typeToConfirm', { name: target.name })}</Paragraph>
          </label>
          <Input
            id={inputId}
            aria-label={t('delete.typeLabel')}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            onPressEnter={submit}
            autoComplete="off"
            spellCheck={false}
            autoFocus
          />
        </>
      )}
      {mutation.isError && !isNotFound(mutation.error) && (
        <div style={{ marginTop: 16 }}>
          <ErrorView
            variant="inline"
            error={mutation.error}
            title={t('delete.failed', { name: target.name })}
            onRetry={submit}
          />
        </div>
      )}
    </Modal>
  );
}
