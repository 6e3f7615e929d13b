import { Alert, Button, Space } from 'antd';
import { TimeText } from '../../../components/time-text';
import { useT } from '../../../i18n/i18n';
import type { Draft } from './draft-storage';
import { createMessages } from './messages';

/** Offers a stored draft back: Resume or Discard. */
export function DraftBanner({
  draft,
  onResume,
  onDiscard,
}: {
  draft: Draft;
  onResume: () => void;
  onDiscard: () => void;
}) {
  const t = useT(createMessages);
  return (
    <Alert
      type="warning"
      showIcon
      role="region"
      aria-label={t('draft.title')}
      style={{ marginBottom: 16 }}
      title={t('draft.title')}
      description={
        <span>
          {t('draft.text')} <TimeText value={draft.savedAt} /> ·{' '}
          {t('draft.name', { name: draft.values.name.trim() || t('draft.unnamed') })}
        </span>
      }
      action={
        <Space>
          <Button type="primary" size="small" onClick={onResume}>
            {t('draft.resume')}
          </Button>
          <Button size="small" onClick={onDiscard}>
            {t('draft.discard')}
          </Button>
        </Space>
      }
    />
  );
}
