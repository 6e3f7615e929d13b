import { Button, Descriptions, Tag, Typography } from 'antd';
import { CodeOutlined } from '@ant-design/icons';
import { useState } from 'react';
import type { ReleaseImage, ReleaseService } from '../../../api/model';
import { DataTable, type DataColumn } from '../../../components/data-table';
import { Panel } from '../../../components/panel';
import { LazyYamlViewer } from '../../../components/yaml-viewer/lazy-yaml-viewer';
import { commonMessages } from '../../../i18n/common';
import { useT } from '../../../i18n/i18n';
import { ImageStatusTag } from '../shared/status-tag';
import { ValuesKeys, valuesKeysMessages } from '../shared/values-keys';
import { withTag } from './image-progress';
import { detailMessages } from './messages';

export interface ServiceSectionProps {
  service: ReleaseService;
  helm: boolean;
  releaseName: string;
}

/** One service: chart data (Helm), its images, and its YAML / values on demand. */
export function ServiceSection({ service, helm, releaseName }: ServiceSectionProps) {
  const t = useT(detailMessages);
  const tv = useT(valuesKeysMessages);
  const tc = useT(commonMessages);
  const [open, setOpen] = useState(false);
  const dash = tc('empty');

  const columns: DataColumn<ReleaseImage>[] = [
    { key: 'container', title: t('img.container'), render: (i) => i.containerName || dash, width: 140 },
    { key: 'name', title: t('img.name'), render: (i) => i.imageName || dash, width: 140 },
    {
      key: 'images',
      title: t('img.images'),
      render: (i) => (
        <div style={{ wordBreak: 'break-all' }}>
          <div>
            <Typography.Text code>{withTag(i.sourceImage, i.sourceImageTag) || dash}</Typography.Text>
          </div>
          <div>
            <span aria-label={t('img.to')}>→ </span>
            <Typography.Text code>{withTag(i.targetImage, i.targetImageTag) || dash}</Typography.Text>
          </div>
        </div>
      ),
    },
    ...(helm
      ? [
          {
            key: 'values',
            title: tv('title'),
            render: (i: ReleaseImage) => (
              <ValuesKeys
                targetImage={withTag(i.targetImage, i.targetImageTag)}
                imagePath={i.imagePath}
                imageName={i.imageName || i.containerName}
              />
            ),
          },
        ]
      : []),
    { key: 'push', title: t('img.push'), width: 70, render: (i) => (i.pushImage ? t('yes') : t('no')) },
    {
      key: 'status',
      title: t('img.status'),
      width: 120,
      render: (i) => <ImageStatusTag status={i.status} pushImage={i.pushImage} />,
    },
    {
      key: 'error',
      title: t('img.error'),
      render: (i) =>
        i.error ? (
          <Typography.Text type="danger" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
            {i.error}
          </Typography.Text>
        ) : (
          dash
        ),
    },
  ];

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
          aria-label={`${toggleText}: ${service.serviceName}`}
          onClick={() => setOpen((v) => !v)}
        >
          {toggleText}
        </Button>
      }
    >
      <div>
        {helm && (
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 3 }}
            style={{ marginBottom: 12 }}
            items={[
              { key: 'chart', label: t('svc.chart'), children: service.chartName || dash },
              { key: 'version', label: t('svc.chartVersion'), children: service.chartVersion || dash },
              {
                key: 'status',
                label: t('svc.chartStatus'),
                children:
                  service.chartStatus === 'passed' ? (
                    <Tag color="success">{t('svc.chartPassed')}</Tag>
                  ) : service.chartStatus ? (
                    <Tag>{service.chartStatus}</Tag>
                  ) : (
                    <Tag>{t('svc.chartPending')}</Tag>
                  ),
              },
            ]}
          />
        )}
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
