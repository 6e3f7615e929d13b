import { Modal, type InputRef } from 'antd';
import { useRef, useSyncExternalStore } from 'react';
import { useT } from '../../i18n/i18n';
import { returnFocus } from './focus-return';
import { authMessages } from './messages';
import { tokenPrompt } from './token-prompt';
import { TokenForm } from './token-form';

const cancel = () => tokenPrompt.settle(false);

/**
 * The API token dialog: opened by the first 401 (or an "Enter API token" button), global so that the
 * page underneath, a half-filled wizard included, stays as it was. Each question gets a fresh form.
 */
export function TokenDialog() {
  const t = useT(authMessages);
  const open = useSyncExternalStore(tokenPrompt.subscribe, tokenPrompt.isOpen, () => false);
  const question = useSyncExternalStore(tokenPrompt.subscribe, tokenPrompt.questions, () => 0);
  const field = useRef<InputRef>(null);
  return (
    <Modal
      open={open}
      title={t('title')}
      onCancel={cancel}
      mask={{ closable: false }}
      width={560}
      footer={null}
      // Once open, the field takes the focus: over another dialog (the delete confirmation), that
      // dialog's focus trap takes back the focus the field got when it appeared.
      afterOpenChange={(opened) => opened && field.current?.focus()}
      afterClose={returnFocus}
    >
      <TokenForm key={question} fieldRef={field} />
    </Modal>
  );
}
