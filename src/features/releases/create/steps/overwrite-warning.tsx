/** Review: the target images other versions already pushed, and the confirmation to overwrite them. */
import { Alert, Checkbox, Typography } from 'antd';
import { useT } from '../../../../i18n/i18n';
import { createMessages } from '../messages';
import type { TargetSafety } from '../use-target-safety';

export function OverwriteWarning({ safety }: { safety: TargetSafety }) {
  const t = useT(createMessages);
  const { conflicts, confirmed, setConfirmed } = safety;
  if (conflicts.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 24 }}
      title={t('conflict.title', { count: conflicts.length })}
      description={
        <>
          <Typography.Paragraph style={{ marginBottom: 8 }}>{t('conflict.description')}</Typography.Paragraph>
          <ul style={{ margin: '0 0 8px', paddingInlineStart: 20 }}>
            {conflicts.map((c) => (
              <li key={`${c.serviceIndex}:${c.imageIndex}`}>
                <Typography.Text code style={{ wordBreak: 'keep-all' }}>
                  {t('conflict.item', { image: c.image, version: c.version })}
                </Typography.Text>
              </li>
            ))}
          </ul>
          <Checkbox checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)}>
            {t('conflict.confirm')}
          </Checkbox>
        </>
      }
    />
  );
}
