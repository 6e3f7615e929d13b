import { Button, Typography } from 'antd';
import { CodeOutlined } from '@ant-design/icons';
import { useState } from 'react';
import type { ReleaseImage, ReleaseService } from '../../../api/model';
import { DataTable } from '../../../components/data-table';
import { Panel } from '../../../components/panel';
import { LazyYamlViewer } from '../../../components/yaml-viewer/lazy-yaml-viewer';
import { commonMessages } from '../../../i18n/common';
import { useT } from '../../../i18n/i18n';
import { ChartSummary } from './chart-summary';
import { detailMessages } from './messages';
import { useImageColumns } from './use-image-columns';

export interface ServiceSectionProps {
  service: ReleaseService;
  helm: boolean;
  releaseName: string;
}

/** One service: chart data (Helm), its images, and its YAML / values on demand. */
export function ServiceSection({ service, helm, releaseName }: ServiceSectionProps) {
  const t = useT(detailMessages);
  const tc = useT(commonMessages);
  const [open, setOpen] = useState(false);
  const columns = useImageColumns(helm);

  const label = helm
    ? t('valuesOf', { service: service.serviceName })
    : t('yamlOf', { service: service.serviceName });
  const toggleText = helm ? (open ? t('hideValues') : t('showValues')) : open ? t('hideYaml') : t('showYaml');

  return (
    <Panel
      level={3}
      title={
        <span>
          {service.serviceName}{' '}
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
            {t('img.count', { count: service.images.length })}
          </Typography.Text>
        </span>
      }
      extra={
        <Button
          size="small"
          icon={<CodeOutlined aria-hidden />}
          aria-expanded={open}
          aria-label={tc('pair', { label: toggleText, value: service.serviceName })}
          onClick={() => setOpen((v) => !v)}
        >
          {toggleText}
        </Button>
      }
    >
      <div>
        {helm && <ChartSummary service={service} />}
        {service.error && (
          <Typography.Paragraph type="danger" style={{ whiteSpace: 'pre-wrap' }}>
            {service.error}
          </Typography.Paragraph>
        )}
        <DataTable<ReleaseImage>
          size="small"
          label={t('imagesOf', { service: service.serviceName })}
          rowKey={(i) => String(service.images.indexOf(i))}
          columns={columns}
          rows={service.images}
          fixed
          // Below this the fixed columns would be a few characters wide: the table scrolls instead.
          minWidth={720}
        />
        {open && (
          <div style={{ marginTop: 12 }}>
            {service.yamlContent ? (
              <LazyYamlViewer
                value={service.yamlContent}
                label={label}
                fileName={`${releaseName}-${service.serviceName}${helm ? '-values' : ''}.yaml`}
              />
            ) : (
              <Typography.Text type="secondary">{t('noYaml')}</Typography.Text>
            )}
          </div>
        )}
      </div>
    </Panel>
  );
}
