import { Pagination } from 'antd';
import { memo } from 'react';
import type { ReleaseSummary } from '../../../api/model';
import { DataTable } from '../../../components/data-table';
import { pageSizeSelect } from '../../../components/page-size-select';
import { SharedTooltip } from '../../../components/shared-tooltip';
import { useT } from '../../../i18n/i18n';
import { useStableHandler } from '../../../lib/use-stable-handler';
import { listMessages } from './messages';
import { useReleaseColumns } from './release-columns';
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
const PageSizeSelect = pageSizeSelect(PAGE_SIZES);

const sameIds = (a?: ReadonlySet<string>, b?: ReadonlySet<string>) =>
  a === b || (a !== undefined && b !== undefined && a.size === b.size && [...a].every((id) => b.has(id)));

/** Re-rendered only when what it shows changes (its handlers are called through stable wrappers). */
function sameView(a: ReleaseTableProps, b: ReleaseTableProps) {
  return (
    a.projectKey === b.projectKey &&
    a.rows === b.rows &&
    a.total === b.total &&
    a.page === b.page &&
    a.size === b.size &&
    a.loading === b.loading &&
    a.stale === b.stale &&
    a.filtering === b.filtering &&
    a.retryingId === b.retryingId &&
    a.checkingId === b.checkingId &&
    a.dialogOpen === b.dialogOpen &&
    (a.onSelect === undefined) === (b.onSelect === undefined) &&
    sameIds(a.selectedIds, b.selectedIds)
  );
}

/**
 * The page's rows. The list page re-renders for many reasons (a query settling, a dialog's state); the
 * rows render again only when one of them, the page or an action's state changes.
 */
export function ReleaseTable(props: ReleaseTableProps) {
  const onPageChange = useStableHandler(props.onPageChange);
  const onRetry = useStableHandler(props.onRetry);
  const onDelete = useStableHandler(props.onDelete);
  const select = useStableHandler((release: ReleaseSummary) => props.onSelect?.(release));
  return (
    <ReleaseTableView
      {...props}
      onPageChange={onPageChange}
      onRetry={onRetry}
      onDelete={onDelete}
      onSelect={props.onSelect && select}
    />
  );
}

const ReleaseTableView = memo(function ReleaseTableView(props: ReleaseTableProps) {
  const t = useT(listMessages);
  const columns = useReleaseColumns(props);

  return (
    <div>
      {/* One tooltip for the rows' delete buttons; never over (or behind) the dialog they open. */}
      <SharedTooltip disabled={props.dialogOpen || props.checkingId !== null}>
        <DataTable<ReleaseSummary>
          label={t('title')}
          columns={columns}
          rows={props.rows}
          rowKey={(r) => r.id}
          skeletonRows={props.loading ? SKELETON_ROWS : 0}
          busy={props.stale}
        />
      </SharedTooltip>
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
            components={{ sizeChanger: PageSizeSelect }}
            showTotal={(total) => t(props.filtering ? 'totalFiltered' : 'total', { total })}
            onChange={props.onPageChange}
          />
        </nav>
      )}
    </div>
  );
}, sameView);
