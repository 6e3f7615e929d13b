import { Tag, Typography } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import './release-summary.css';
import { useQuery } from '@tanstack/react-query';
import type { ReleaseDetail } from '../../../api/model';
import { ExactTime } from '../../../components/time-text';
import { commonMessages } from '../../../i18n/common';
import { useT } from '../../../i18n/i18n';
import { projectQueries } from '../shared/project-queries';
import { StatusTag, useReleaseLabels } from '../shared/status-tag';
import { detailMessages } from './messages';

/** Name, status, type, source, environment (production badge), labels, registry, chart repo, creator. */
export function ReleaseSummary({ release }: { release: ReleaseDetail }) {
  const t = useT(detailMessages);
  const tc = useT(commonMessages);
  const words = useReleaseLabels();
  const registries = useQuery({ ...projectQueries.registries(), enabled: Boolean(release.imageRegistryId) });
  const registry = registries.data?.find((r) => r.id === release.imageRegistryId);
  const dash = tc('empty');

  const items: SummaryItem[] = [
    { key: 'status', label: t('field.status'), children: <StatusTag status={release.status} /> },
    { key: 'type', label: t('field.type'), children: words.type(release.type) },
    { key: 'source', label: t('field.source'), children: words.source(release.source) },
    {
      key: 'env',
      label: t('field.env'),
      children: release.envName ? (
        <span>
          {release.envName}{' '}
          {release.production && (
            <Tag color="red" variant="solid">
              {tc('production')}
            </Tag>
          )}
        </span>
      ) : (
        dash
      ),
    },
    {
      key: 'registry',
      label: t('field.registry'),
      children: release.imageRegistryId ? (
        <Typography.Text code={!registry} copyable={registry ? { text: registry.address } : false}>
          {registry ? registry.address : release.imageRegistryId}
        </Typography.Text>
      ) : (
        dash
      ),
    },
    ...(release.type === 'HelmChart' || release.chartRepoName
      ? [{ key: 'chartRepo', label: t('field.chartRepo'), children: release.chartRepoName || dash }]
      : []),
    { key: 'createdBy', label: t('field.createdBy'), children: release.createdBy || dash },
    { key: 'createdAt', label: t('field.createdAt'), children: <ExactTime value={release.createdAt} /> },
    {
      key: 'labels',
      label: t('field.labels'),
      children: release.labels.length ? (
        <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 4 }}>
          {release.labels.map((label) => (
            <Tag key={label} style={{ margin: 0 }}>
              {label}
            </Tag>
          ))}
        </span>
      ) : (
        dash
      ),
    },
    {
      key: 'description',
      label: t('field.description'),
      wide: true,
      children: release.description ? (
        <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
          {release.description}
        </Typography.Paragraph>
      ) : (
        dash
      ),
    },
  ];
  return <SummaryGrid items={items} />;
}

export interface SummaryItem {
  key: string;
  label: ReactNode;
  children: ReactNode;
  /** On a row of its own. */
  wide?: boolean;
}

/**
 * Label–value pairs in equal columns (a grid, not a table sized by its content), so that columns are
 * balanced and line up from one card to the next.
 */
export function SummaryGrid({ items, style }: { items: SummaryItem[]; style?: CSSProperties }) {
  return (
    <dl className="zrc-summary" style={style}>
      {items.map((item) => (
        <div key={item.key} className={item.wide ? 'zrc-summary-item zrc-summary-wide' : 'zrc-summary-item'}>
          <dt>{item.label}</dt>
          <dd>{item.children}</dd>
        </div>
      ))}
    </dl>
  );
}
