import { Typography } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { ImageChip } from '../../../components/image-chip/image-chip';
import { commonMessages } from '../../../i18n/common';
import { useT } from '../../../i18n/i18n';
import type { ServiceComparison } from '../../../lib/compare-releases';
import { ChangedSide, DASH, KindTag } from './changed-text';
import { compareMessages } from './messages';

const CELL: CSSProperties = { minWidth: 0, display: 'flex', alignItems: 'center' };

/** The grid's columns: [container], what (source, target, chart), base, →, compared. */
function gridColumns(containers: boolean): string {
  return `${containers ? 'minmax(5rem, 9rem) ' : ''}max-content minmax(0, 1fr) max-content minmax(0, 1fr)`;
}

/** What (source, target, chart), then base → compared in their columns; one value across them when equal. */
function Line({
  what,
  before,
  after,
  image,
}: {
  what: string;
  before: string;
  after: string;
  image: boolean;
}) {
  return (
    <>
      <Typography.Text type="secondary" style={CELL}>
        {what}
      </Typography.Text>
      {before === after ? (
        <div style={{ ...CELL, gridColumn: 'span 3' }}>
          {!after ? (
            DASH
          ) : image ? (
            <ImageChip value={after} copy={false} />
          ) : (
            <Typography.Text code>{after}</Typography.Text>
          )}
        </div>
      ) : (
        <>
          <div style={CELL}>
            <ChangedSide value={before} other={after} side="base" image={image} />
          </div>
          <span aria-hidden style={CELL}>
            →
          </span>
          <div style={CELL}>
            <ChangedSide value={after} other={before} side="head" image={image} />
          </div>
        </>
      )}
    </>
  );
}

function chartOf(s: ServiceComparison['base']): string {
  return s?.chartName ? `${s.chartName} ${s.chartVersion}`.trim() : '';
}

/**
 * A service's changes as one aligned grid: per image its container, then source and target, base → compared;
 * for Helm the chart. The service's own name and change are in the row's first cells, never repeated here.
 */
export function ImageGrid({
  service: s,
  containers,
  helm,
  keys,
}: {
  service: ServiceComparison;
  /** Whether the table shows a container column (some image is named otherwise than its service). */
  containers: boolean;
  helm: boolean;
  keys: ReactNode;
}) {
  const t = useT(compareMessages);
  const tc = useT(commonMessages);
  const span: CSSProperties = { gridColumn: '1 / -1', minWidth: 0 };
  return (
    <div
      role="group"
      aria-label={tc('pair', { label: t('col.images'), value: s.serviceName })}
      style={{ display: 'grid', gridTemplateColumns: gridColumns(containers), columnGap: 8, rowGap: 2 }}
    >
      {s.images.length === 0 && !helm && (
        <Typography.Text type="secondary" style={span}>
          {t('noImages')}
        </Typography.Text>
      )}
      {s.images.map((i) => (
        <div key={i.key} style={{ display: 'contents' }}>
          {containers && (
            <div style={{ gridRow: 'span 2', minWidth: 0, wordBreak: 'break-all', paddingTop: 2 }}>
              {i.key !== s.serviceName && <strong>{i.key}</strong>}
              {i.kind !== s.kind && i.kind !== 'unchanged' && (
                <div>
                  <KindTag kind={i.kind} />
                </div>
              )}
            </div>
          )}
          <Line what={t('sourceImage')} before={i.sourceBase} after={i.sourceHead} image />
          <Line what={t('targetImage')} before={i.targetBase} after={i.targetHead} image />
        </div>
      ))}
      {helm && (
        <>
          {containers && <div />}
          <Line what={t('col.chart')} before={chartOf(s.base)} after={chartOf(s.head)} image={false} />
        </>
      )}
      {keys && <div style={{ ...span, marginTop: 4 }}>{keys}</div>}
    </div>
  );
}
