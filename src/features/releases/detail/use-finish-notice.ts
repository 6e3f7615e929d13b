import { App } from 'antd';
import { useEffect, useRef } from 'react';
import { isActiveStatus } from '../../../api/model';
import { useT } from '../../../i18n/i18n';
import { useReleaseLabels } from '../shared/status-tag';
import { detailMessages } from './messages';

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
