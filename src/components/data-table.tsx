/**
 * A light, semantic table (antd's Table brings filters, trees, menus and ~70 KB of gzipped JS that the
 * list does not use). Colours come from the antd theme; paging is left to the caller.
 */
import { theme, type GlobalToken } from 'antd';
// antd's own hook: the class that scopes the theme's CSS variables (its key is made per ConfigProvider).
import { useToken } from 'antd/es/theme/internal';
import type { CSSProperties, ReactNode } from 'react';

export interface DataColumn<T> {
  key: string;
  title: ReactNode;
  render: (row: T) => ReactNode;
  width?: number | string;
  /** Hidden below this viewport width (px). */
  minViewport?: number;
  /** One line with an ellipsis. */
  ellipsis?: boolean;
  /** Never wrap. */
  nowrap?: boolean;
}

export interface DataTableProps<T> {
  columns: DataColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** Accessible name of the table. */
  label: string;
  /** Rows of skeletons instead of data. */
  skeletonRows?: number;
  /** Data shown is being replaced (dimmed, aria-busy). */
  busy?: boolean;
  size?: 'small' | 'middle';
  /**
   * Column widths as given, whatever the cells hold (`table-layout: fixed`), so that tables of the
   * same columns line up one under the other.
   */
  fixed?: boolean;
  /** Narrowest width the table is laid out at (px): a narrower window scrolls the table sideways. */
  minWidth?: number;
}

export function DataTable<T>({
  columns,
  rows,
  rowKey,
  label,
  skeletonRows = 0,
  busy,
  size = 'middle',
  fixed = false,
  minWidth,
}: DataTableProps<T>) {
  const { token } = theme.useToken();
  const varsClass = useToken()[4]?.key ?? '';
  const { cell, head } = cellStyles(token, size, fixed);
  return (
    <div
      style={{
        overflowX: 'auto',
        border: `1px solid ${token.colorBorderSecondary}`,
        borderRadius: token.borderRadiusLG,
      }}
    >
      <style>
        {'.dt-row:hover>td{background:var(--dt-hover)}' +
          '@media (max-width: 991px){.dt-hide-below-992{display:none}}' +
          '@media (max-width: 767px){.dt-hide-below-768{display:none}}'}
      </style>
      <table
        aria-label={label}
        aria-busy={busy || skeletonRows > 0 || undefined}
        style={
          {
            width: '100%',
            minWidth,
            tableLayout: fixed ? 'fixed' : undefined,
            borderCollapse: 'collapse',
            color: token.colorText,
            background: token.colorBgContainer,
            fontSize: token.fontSize,
            opacity: busy ? 0.6 : 1,
            transition: 'opacity 0.2s',
            '--dt-hover': token.colorFillAlter,
          } as CSSProperties
        }
      >
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={hiddenClass(c)} style={{ ...head, width: c.width }}>
                {c.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <DataRows
            columns={columns}
            rows={rows}
            rowKey={rowKey}
            skeletonRows={skeletonRows}
            cell={cell}
            varsClass={varsClass}
          />
        </tbody>
      </table>
    </div>
  );
}

/** The style of a body cell and of a header cell, from the theme's colours. */
function cellStyles(
  token: GlobalToken,
  size: DataTableProps<unknown>['size'],
  fixed: boolean,
): { cell: CSSProperties; head: CSSProperties } {
  const pad = size === 'small' ? '6px 8px' : '12px 12px';
  const cell: CSSProperties = {
    padding: pad,
    borderBottom: `1px solid ${token.colorBorderSecondary}`,
    textAlign: 'start',
    verticalAlign: 'middle',
    // A fixed column never grows: a long word wraps inside it instead of spilling into the next.
    overflowWrap: fixed ? 'anywhere' : undefined,
  };
  return { cell, head: headCellStyle(token, cell) };
}

/** A header cell: a body cell's box on the theme's header colours (other tables share the look). */
export function headCellStyle(token: GlobalToken, cell: CSSProperties): CSSProperties {
  return {
    ...cell,
    background: token.colorFillAlter,
    color: token.colorTextHeading,
    fontWeight: 600,
    whiteSpace: 'nowrap',
  };
}

/**
 * antd's small active Skeleton.Input drawn with its class names (antd's static stylesheet), as plain
 * elements: six rows of ten cells would otherwise mount 120 components on the list's first view.
 */
function SkeletonBar({ varsClass }: { varsClass: string }) {
  return (
    <div
      className={`ant-skeleton ant-skeleton-element ant-skeleton-active ant-skeleton-css-var ${varsClass}`}
    >
      <span className="ant-skeleton-input ant-skeleton-input-sm" style={{ width: '80%', minWidth: 40 }} />
    </div>
  );
}

const hiddenClass = <T,>(c: DataColumn<T>) => (c.minViewport ? `dt-hide-below-${c.minViewport}` : undefined);

function cellStyle<T>(c: DataColumn<T>, cell: CSSProperties): CSSProperties {
  if (c.ellipsis)
    return {
      ...cell,
      maxWidth: c.width ?? 240,
      overflow: 'hidden',
      textOverflow: 'ellipsis',
      whiteSpace: 'nowrap',
    };
  return c.nowrap ? { ...cell, whiteSpace: 'nowrap' } : cell;
}

function DataRows<T>(
  props: Pick<DataTableProps<T>, 'columns' | 'rows' | 'rowKey'> & {
    skeletonRows: number;
    cell: CSSProperties;
    varsClass: string;
  },
) {
  const { columns, cell } = props;
  if (props.skeletonRows > 0)
    return Array.from({ length: props.skeletonRows }, (_, i) => (
      <tr key={i}>
        {columns.map((c) => (
          <td key={c.key} className={hiddenClass(c)} style={cell}>
            <SkeletonBar varsClass={props.varsClass} />
          </td>
        ))}
      </tr>
    ));
  return props.rows.map((row) => (
    <tr key={props.rowKey(row)} className="dt-row">
      {columns.map((c) => (
        <td key={c.key} className={hiddenClass(c)} style={cellStyle(c, cell)}>
          {c.render(row)}
        </td>
      ))}
    </tr>
  ));
}
