/** A Helm service's chart on the detail page: its name, version and status. */
import { Tag } from 'antd';
import type { ReleaseService } from '../../../api/model';
import { commonMessages } from '../../../i18n/common';
import { useT } from '../../../i18n/i18n';
import { statusColour } from '../shared/status-tone';
import { detailMessages } from './messages';
import { SummaryGrid } from './release-summary';

export function ChartSummary({ service }: { service: ReleaseService }) {
  const t = useT(detailMessages);
  const tc = useT(commonMessages);
  const dash = tc('empty');
  return (
    <SummaryGrid
      style={{ marginBottom: 12 }}
      items={[
        { key: 'chart', label: t('svc.chart'), children: service.chartName || dash },
        { key: 'version', label: t('svc.chartVersion'), children: service.chartVersion || dash },
        {
          key: 'status',
          label: t('svc.chartStatus'),
          children:
            service.chartStatus === 'passed' ? (
              <Tag color={statusColour(service.chartStatus)}>{t('svc.chartPassed')}</Tag>
            ) : service.chartStatus ? (
              <Tag color={statusColour(service.chartStatus)}>{service.chartStatus}</Tag>
            ) : (
              <Tag>{t('svc.chartPending')}</Tag>
            ),
        },
      ]}
    />
  );
}
