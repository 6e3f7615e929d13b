/**
 * Says when a check looked at only part of the project's history ("Checked the latest 200 of 10,000
 * versions…"); says nothing when it looked at all of it.
 */
import { Typography } from 'antd';
import { useLocale, useT } from '../../../../i18n/i18n';
import { createMessages } from '../messages';
import { isPartial, type HistoryScope } from '../wizard-queries';

export type HistoryCheck = 'names' | 'overwrites' | 'charts';

export function HistoryNote({ scope, check }: { scope: HistoryScope; check: HistoryCheck }) {
  const t = useT(createMessages);
  const { locale } = useLocale();
  if (!isPartial(scope)) return null;
  const number = new Intl.NumberFormat(locale);
  return (
    <Typography.Paragraph
      type="secondary"
      role="note"
      data-history-check={check}
      style={{ fontSize: 12, margin: '4px 0 12px' }}
    >
      {t(`history.${check}`, {
        checked: number.format(scope.checked),
        total: number.format(scope.total),
      })}
    </Typography.Paragraph>
  );
}
