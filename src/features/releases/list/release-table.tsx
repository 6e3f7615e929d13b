import { DeleteOutlined } from '@ant-design/icons';
import { Button, Pagination, Tag, Tooltip } from 'antd';
import { Link } from 'react-router';
import { warmOnIntent } from '../../../lib/warm-on-intent';
import type { ReleaseSummary } from '../../../api/model';
import { DataTable, type DataColumn } from '../../../components/data-table';
import { LazyTooltip } from '../../../components/lazy-tooltip';
import { TimeText } from '../../../components/time-text';
import { commonMessages } from '../../../i18n/common';
import { useT } from '../../../i18n/i18n';
import { paths } from '../../../lib/paths';
import { SelectForCompare } from '../shared/compare-selection';
import { SR_ONLY } from '../../../components/sr-only';
import { RetryIcon } from '../shared/retry-icon';
import { sharedMessages } from '../shared/messages';
import { StatusTag, useReleaseLabels } from '../shared/status-tag';
import { listMessages } from './messages';
import { PAGE_SIZES } from './url-state';

export interface ReleaseTableProps {
  projectKey: string;
  rows: ReleaseSummary[];
  total: number;
  page: number;
  size: number;
  loading: boolean;
  stale: boolean;
  filtering: boolean;
  onPageChange: (page: number, size: number) => void;
  onRetry: (release: ReleaseSummary) => void;
  onDelete: (release: ReleaseSummary) => void;
  retryingId: string | null;
  checkingId: string | null;
  /** A delete dialog is open: no row's tooltip shows. */
  dialogOpen?: boolean;
  /** Rows chosen for a comparison, and how to choose one. */
  selectedIds?: ReadonlySet<string>;
  onSelect?: (release: ReleaseSummary) => void;
}

const SKELETON_ROWS = 6;

export function ReleaseTable(props: ReleaseTableProps) {
  const t = useT(listMessages);
  const tc = useT(commonMessages);
  const ts = useT(sharedMessages);
  const labels = useReleaseLabels();
  const { projectKey } = props;

  const { onSelect, selectedIds } = props;
  const selectColumn: DataColumn<ReleaseSummary>[] = onSelect
    ? [
        {
          key: 'select',
          title: <span style={SR_ONLY}>{t('col.select')}</span>,
          width: 40,
          render: (r) => (
            <SelectForCompare row={r} checked={selectedIds?.has(r.id) ?? false} onToggle={onSelect} />
          ),
        },
      ]
    : [];
  const columns: DataColumn<ReleaseSummary>[] = [
    ...selectColumn,
    {
      key: 'name',
      title: t('col.name'),
      width: 200,
      render: (r) => (
        <Link
          to={paths.release(projectKey, r.id, new URLSearchParams({ name: r.name }))}
          {...warmOnIntent(paths.release(projectKey, r.id))}
        >
          <strong>{r.name}</strong>
        </Link>
      ),
    },
    {
      key: 'status',
      nowrap: true,
      title: t('col.status'),
      width: 120,
      render: (r) => <StatusTag status={r.status} />,
    },
    {
      key: 'type',
      nowrap: true,
      title: t('col.type'),
      width: 110,
      minViewport: 992,
      render: (r) => labels.type(r.type),
    },
    {
      key: 'source',
      nowrap: true,
      title: t('col.source'),
      width: 120,
      minViewport: 992,
      render: (r) => labels.source(r.source),
    },
    {
      key: 'labels',
      title: t('col.labels'),
      width: 180,
      render: (r) =>
        r.labels.length === 0 ? (
          tc('empty')
        ) : (
          <span style={{ display: 'flex', flexWrap: 'wrap', gap: 4 }}>
            {r.labels.map((label) => (
              <Tag key={label} style={{ margin: 0 }}>
                {label}
              </Tag>
            ))}
          </span>
        ),
    },
    {
      key: 'description',
      title: t('col.description'),
      ellipsis: true,
      width: 260,
      render: (r) =>
        r.description ? (
          <LazyTooltip title={r.description} placement="topLeft">
            <span>{r.description}</span>
          </LazyTooltip>
        ) : (
          tc('empty')
        ),
    },
    {
      key: 'createdBy',
      nowrap: true,
      title: t('col.createdBy'),
      width: 120,
      minViewport: 768,
      render: (r) => r.createdBy || tc('empty'),
    },
    {
      key: 'createdAt',
      nowrap: true,
      title: t('col.createdAt'),
      width: 130,
      render: (r) => <TimeText value={r.createdAt} />,
    },
    {
      key: 'actions',
      title: t('col.actions'),
      width: 124,
      nowrap: true,
      render: (r) => (
        <div style={{ display: 'flex', gap: 4, justifyContent: 'flex-end' }}>
          {r.status === 'failed' && (
            // A word beside the icon: an icon alone in a circle reads as "loading".
            // A link-styled button: the theme's link colour keeps its contrast in the dark theme too.
            <Button
              type="link"
              size="small"
              icon={<RetryIcon />}
              aria-label={ts('retry.label', { name: r.name })}
              loading={props.retryingId === r.id}
              onClick={() => props.onRetry(r)}
            >
              {tc('action.retry')}
            </Button>
          )}
          <Tooltip
            title={tc('action.delete')}
            // Never left floating over (or behind) the delete dialog this button opens.
            open={props.dialogOpen || props.checkingId === r.id ? false : undefined}
          >
            <Button
              type="text"
              danger
              size="small"
              icon={<DeleteOutlined aria-hidden />}
              aria-label={ts('delete.label', { name: r.name })}
              loading={props.checkingId === r.id}
              onClick={() => props.onDelete(r)}
            />
          </Tooltip>
        </div>
      ),
    },
  ];

  return (
    <div>
      <DataTable<ReleaseSummary>
        label={t('title')}
        columns={columns}
        rows={props.rows}
        rowKey={(r) => r.id}
        skeletonRows={props.loading ? SKELETON_ROWS : 0}
        busy={props.stale}
      />
      {!props.loading && props.total > 0 && (
        <nav
          aria-label={t('pagination')}
          style={{ display: 'flex', justifyContent: 'flex-end', marginTop: 16 }}
        >
          <Pagination
            current={props.page}
            pageSize={props.size}
            total={props.total}
            pageSizeOptions={PAGE_SIZES.map(String)}
            showSizeChanger
            showTotal={(total) => t(props.filtering ? 'totalFiltered' : 'total', { total })}
            onChange={props.onPageChange}
          />
        </nav>
      )}
    </div>
  );
}
