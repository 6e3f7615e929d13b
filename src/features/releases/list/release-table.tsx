import { DeleteOutlined, RedoOutlined } from '@ant-design/icons';
import { Button, Skeleton, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { ReleaseSummary } from '../../../api/model';
import { TimeText } from '../../../components/time-text';
import { commonMessages } from '../../../i18n/common';
import { useT } from '../../../i18n/i18n';
import { paths } from '../../../lib/paths';
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
}

const SKELETON_ROWS = 6;

export function ReleaseTable(props: ReleaseTableProps) {
  const t = useT(listMessages);
  const tc = useT(commonMessages);
  const ts = useT(sharedMessages);
  const labels = useReleaseLabels();
  const { projectKey, loading } = props;

  const skeleton = (width: number) => <Skeleton.Input active size="small" style={{ width, minWidth: 0 }} />;

  const columns: TableColumnsType<ReleaseSummary> = [
    {
      key: 'name',
      title: t('col.name'),
      width: 200,
      render: (_, r) =>
        loading ? (
          skeleton(120)
        ) : (
          <Link to={paths.release(projectKey, r.id, new URLSearchParams({ name: r.name }))}>
            <Typography.Text strong style={{ color: 'inherit' }}>
              {r.name}
            </Typography.Text>
          </Link>
        ),
    },
    {
      key: 'status',
      title: t('col.status'),
      width: 120,
      render: (_, r) => (loading ? skeleton(70) : <StatusTag status={r.status} />),
    },
    {
      key: 'type',
      title: t('col.type'),
      width: 110,
      responsive: ['lg'],
      render: (_, r) => (loading ? skeleton(70) : labels.type(r.type)),
    },
    {
      key: 'source',
      title: t('col.source'),
      width: 120,
      responsive: ['lg'],
      render: (_, r) => (loading ? skeleton(80) : labels.source(r.source)),
    },
    {
      key: 'labels',
      title: t('col.labels'),
      width: 180,
      render: (_, r) =>
        loading
          ? skeleton(60)
          : r.labels.length === 0
            ? tc('empty')
            : r.labels.map((label) => (
                <Tag key={label} style={{ marginBottom: 2 }}>
                  {label}
                </Tag>
              )),
    },
    {
      key: 'description',
      title: t('col.description'),
      ellipsis: { showTitle: false },
      render: (_, r) =>
        loading ? (
          skeleton(140)
        ) : r.description ? (
          <Tooltip title={r.description} placement="topLeft">
            <span>{r.description}</span>
          </Tooltip>
        ) : (
          tc('empty')
        ),
    },
    {
      key: 'createdBy',
      title: t('col.createdBy'),
      width: 120,
      responsive: ['md'],
      render: (_, r) => (loading ? skeleton(60) : r.createdBy || tc('empty')),
    },
    {
      key: 'createdAt',
      title: t('col.createdAt'),
      width: 130,
      render: (_, r) => (loading ? skeleton(80) : <TimeText value={r.createdAt} />),
    },
    {
      key: 'actions',
      title: t('col.actions'),
      width: 110,
      fixed: 'end',
      render: (_, r) =>
        loading ? (
          skeleton(60)
        ) : (
          <div style={{ display: 'flex', gap: 4 }}>
            {r.status === 'failed' && (
              <Tooltip title={tc('action.retry')}>
                <Button
                  type="text"
                  icon={<RedoOutlined />}
                  aria-label={ts('retry.label', { name: r.name })}
                  loading={props.retryingId === r.id}
                  onClick={() => props.onRetry(r)}
                />
              </Tooltip>
            )}
            <Tooltip title={tc('action.delete')}>
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={ts('delete.label', { name: r.name })}
                loading={props.checkingId === r.id}
                onClick={() => props.onDelete(r)}
              />
            </Tooltip>
          </div>
        ),
    },
  ];

  const placeholder: ReleaseSummary[] = Array.from({ length: SKELETON_ROWS }, (_, i) => ({
    id: `skeleton-${i}`,
    name: '',
    type: '',
    source: '',
    status: '',
    labels: [],
    description: '',
    createdBy: '',
    createdAt: null,
  }));

  return (
    <Table<ReleaseSummary>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={loading ? placeholder : props.rows}
      aria-busy={loading || props.stale}
      aria-label={t('title')}
      loading={!loading && props.stale && !props.filtering}
      scroll={{ x: 1000 }}
      pagination={
        loading
          ? false
          : {
              current: props.page,
              pageSize: props.size,
              total: props.total,
              pageSizeOptions: PAGE_SIZES.map(String),
              showSizeChanger: true,
              showTotal: (total) => t(props.filtering ? 'totalFiltered' : 'total', { total }),
              onChange: props.onPageChange,
            }
      }
    />
  );
}
