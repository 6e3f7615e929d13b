import { DeleteOutlined } from '@ant-design/icons';
import { Button, Tag } from 'antd';
import { Link } from 'react-router';
import type { ReleaseSummary } from '../../../api/model';
import type { DataColumn } from '../../../components/data-table';
import { LazyTooltip } from '../../../components/lazy-tooltip';
import { TOOLTIP_ATTR } from '../../../components/shared-tooltip';
import { TimeText } from '../../../components/time-text';
import { commonMessages } from '../../../i18n/common';
import { useT } from '../../../i18n/i18n';
import { paths } from '../../../lib/paths';
import { warmOnIntent } from '../../../lib/warm-on-intent';
import { SelectForCompare } from '../shared/compare-selection';
import { SR_ONLY } from '../../../components/sr-only';
import { RetryIcon } from '../shared/retry-news';
import { sharedMessages } from '../shared/messages';
import { StatusTag, useReleaseLabels } from '../shared/status-tag';
import { listMessages } from './messages';
import type { ReleaseTableProps } from './release-table';

/**
 * The list's columns: name, status, type, source, labels, description, author, time and actions. The
 * delete buttons carry their tooltip's text for the table's one shared tooltip (see SharedTooltip).
 */
export function useReleaseColumns(props: ReleaseTableProps): Column[] {
  const words = useColumnWords();
  const { t, tc, labels } = words;
  const { projectKey } = props;

  // A one-line column; `minViewport`: hidden on narrower windows.
  const text = (key: TextKey, width: number, render: Column['render'], minViewport?: number): Column => ({
    key,
    nowrap: true,
    title: t(`col.${key}`),
    width,
    minViewport,
    render,
  });
  return [
    ...selectColumns(words, props),
    nameColumn(words, projectKey),
    text('status', 120, (r) => <StatusTag status={r.status} />),
    text('type', 110, (r) => labels.type(r.type), 992),
    text('source', 120, (r) => labels.source(r.source), 992),
    labelsColumn(words),
    descriptionColumn(words),
    text('createdBy', 120, (r) => r.createdBy || tc('empty'), 768),
    text('createdAt', 130, (r) => <TimeText value={r.createdAt} />),
    actionsColumn(words, props),
  ];
}

/** The columns' texts: the list's, the common and the shared messages, and the versions' labels. */
function useColumnWords() {
  const t = useT(listMessages);
  const tc = useT(commonMessages);
  const ts = useT(sharedMessages);
  const labels = useReleaseLabels();
  return { t, tc, ts, labels };
}

type ColumnWords = ReturnType<typeof useColumnWords>;
type Column = DataColumn<ReleaseSummary>;
type TextKey = 'status' | 'type' | 'source' | 'createdBy' | 'createdAt';

/** A checkbox per row for choosing versions to compare, when the table offers it. */
function selectColumns({ t }: ColumnWords, { onSelect, selectedIds }: ReleaseTableProps): Column[] {
  return onSelect
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
}

function nameColumn({ t }: ColumnWords, projectKey: string): Column {
  return {
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
  };
}

const LABEL_STYLE = {
  margin: 0,
  maxWidth: 160,
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
} as const;

function labelsColumn({ t, tc }: ColumnWords): Column {
  return {
    key: 'labels',
    title: t('col.labels'),
    width: 180,
    render: (r) =>
      r.labels.length === 0 ? (
        tc('empty')
      ) : (
        <span style={{ display: 'flex', flexWrap: 'wrap', gap: 4 }}>
          {r.labels.map((label) => (
            // A long label is cut with an ellipsis (whole on hover): it must not widen the column and
            // push the time and the actions of every row out of the window.
            <Tag key={label} title={label} style={LABEL_STYLE}>
              {label}
            </Tag>
          ))}
        </span>
      ),
  };
}

function descriptionColumn({ t, tc }: ColumnWords): Column {
  return {
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
  };
}

/** Retry (failed versions only) and delete. */
function actionsColumn({ t, tc, ts }: ColumnWords, props: ReleaseTableProps): Column {
  return {
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
        <Button
          type="text"
          danger
          size="small"
          icon={<DeleteOutlined aria-hidden />}
          aria-label={ts('delete.label', { name: r.name })}
          {...{ [TOOLTIP_ATTR]: tc('action.delete') }}
          loading={props.checkingId === r.id}
          onClick={() => props.onDelete(r)}
        />
      </div>
    ),
  };
}
