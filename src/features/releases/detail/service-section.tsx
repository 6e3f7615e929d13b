import { Button, Tag, Typography } from 'antd';
import { CodeOutlined } from '@ant-design/icons';
import { useState } from 'react';
import type { ReleaseDetail, ReleaseImage, ReleaseService } from '../../../api/model';
import { DataTable, type DataColumn } from '../../../components/data-table';
import { ImageChip } from '../../../components/image-chip/image-chip';
import { Panel } from '../../../components/panel';
import { LazyYamlViewer } from '../../../components/yaml-viewer/lazy-yaml-viewer';
import { commonMessages } from '../../../i18n/common';
import { useT } from '../../../i18n/i18n';
import { ImageStatusTag } from '../shared/image-status-tag';
import { statusColour } from '../shared/status-tone';
import { ValuesKeys, valuesKeysMessages } from '../shared/values-keys';
import { withTag } from './image-progress';
import { detailMessages } from './messages';
import { SummaryGrid } from './release-summary';

/** `shown`: how many of the services to render now (the rest follow, see `useProgressiveCount`). */
/** The services: a heading with their count, then a section per service. */
export function ServiceList({ release, shown }: { release: ReleaseDetail; shown: number }) {
  const t = useT(detailMessages);
  return (
    <>
      <Typography.Title level={2} style={{ marginTop: 24, fontSize: 18 }}>
        {t('services', { count: release.services.length })}
      </Typography.Title>
      {release.services.length === 0 && <Typography.Text type="secondary">{t('noServices')}</Typography.Text>}
      {release.services.slice(0, shown).map((service) => (
        <ServiceSection
          key={service.serviceName}
          service={service}
          helm={release.type === 'HelmChart'}
          releaseName={release.name}
        />
      ))}
    </>
  );
}

interface ServiceSectionProps {
  service: ReleaseService;
  helm: boolean;
  releaseName: string;
}

/** One service: chart data (Helm), its images, and its YAML / values on demand. */
function ServiceSection({ service, helm, releaseName }: ServiceSectionProps) {
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

/** The columns of a service's image table, Helm's with the values keys. */
function useImageColumns(helm: boolean): DataColumn<ReleaseImage>[] {
  const t = useT(detailMessages);
  const tv = useT(valuesKeysMessages);
  const tc = useT(commonMessages);
  const dash = tc('empty');

  return [
    // Fixed widths (the table is laid out fixed), so that every service's columns line up.
    {
      key: 'container',
      title: t('img.container'),
      render: (i) => i.containerName || dash,
      width: helm ? '10%' : '12%',
    },
    { key: 'name', title: t('img.name'), render: (i) => i.imageName || dash, width: helm ? '10%' : '12%' },
    {
      key: 'images',
      title: t('img.images'),
      render: (i) => {
        const source = withTag(i.sourceImage, i.sourceImageTag);
        const target = withTag(i.targetImage, i.targetImageTag);
        return (
          <div style={{ display: 'grid', gridTemplateColumns: 'auto minmax(0, 1fr)', columnGap: 4 }}>
            <span />
            <span style={{ minWidth: 0 }}>{source ? <ImageChip value={source} wrap /> : dash}</span>
            <span aria-label={t('img.to')}>→</span>
            <span style={{ minWidth: 0 }}>{target ? <ImageChip value={target} wrap /> : dash}</span>
          </div>
        );
      },
    },
    ...(helm
      ? [
          {
            key: 'values',
            title: tv('title'),
            width: '24%',
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
    { key: 'push', title: t('img.push'), width: 64, render: (i) => (i.pushImage ? t('yes') : t('no')) },
    {
      key: 'status',
      title: t('img.status'),
      width: 104,
      render: (i) => <ImageStatusTag status={i.status} pushImage={i.pushImage} />,
    },
    {
      key: 'error',
      title: t('img.error'),
      width: helm ? '10%' : '20%',
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
}

/** A Helm service's chart: its name, version and status. */
function ChartSummary({ service }: { service: ReleaseService }) {
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
          children: service.chartStatus ? (
            <Tag color={statusColour(service.chartStatus)}>
              {service.chartStatus === 'passed' ? t('svc.chartPassed') : service.chartStatus}
            </Tag>
          ) : (
            <Tag>{t('svc.chartPending')}</Tag>
          ),
        },
      ]}
    />
  );
}
