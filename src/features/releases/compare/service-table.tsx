import { Segmented, Switch, Typography, theme } from 'antd';
import { useId, useMemo, useState, type CSSProperties } from 'react';
import { headCellStyle } from '../../../components/data-table';
import { useT } from '../../../i18n/i18n';
import { byChange, type ServiceComparison } from '../../../lib/compare-releases';
import { compareMessages } from './messages';
import { ServiceRow } from './service-row';

export interface ServiceTableProps {
  services: readonly ServiceComparison[];
  helm: boolean;
  baseName: string;
  headName: string;
}

/** Every service of the two versions, changed ones first; unchanged ones fold away until asked for. */
export function ServiceTable({ services, helm, baseName, headName }: ServiceTableProps) {
  const t = useT(compareMessages);
  const { token } = theme.useToken();
  const [showUnchanged, setShowUnchanged] = useState(false);
  const [unified, setUnified] = useState(false);
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const sorted = useMemo(() => [...services].sort(byChange), [services]);
  const unchanged = sorted.filter((s) => s.kind === 'unchanged').length;
  const rows = showUnchanged ? sorted : sorted.filter((s) => s.kind !== 'unchanged');
  const toggle = (name: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (!next.delete(name)) next.add(name);
      return next;
    });

  const cell: CSSProperties = {
    padding: '8px 10px',
    borderBottom: `1px solid ${token.colorBorderSecondary}`,
    textAlign: 'start',
    verticalAlign: 'top',
  };
  // A container column only when some image is named otherwise than its service.
  const containers = rows.some((s) => s.images.some((i) => i.key !== s.serviceName));

  return (
    <div>
      <TableOptions
        unchanged={unchanged}
        showUnchanged={showUnchanged}
        onShowUnchanged={setShowUnchanged}
        unified={unified}
        onUnified={setUnified}
      />
      {rows.length === 0 ? (
        <Typography.Text type="secondary">
          {services.length === 0 || unchanged === 0 ? t('noChanges') : t('allUnchangedHidden')}
        </Typography.Text>
      ) : (
        <div
          style={{
            overflowX: 'auto',
            border: `1px solid ${token.colorBorderSecondary}`,
            borderRadius: token.borderRadiusLG,
          }}
        >
          <table
            aria-label={t('servicesTable')}
            style={{
              width: '100%',
              borderCollapse: 'collapse',
              color: token.colorText,
              background: token.colorBgContainer,
            }}
          >
            <HeaderRow helm={helm} cell={cell} />
            <tbody>
              {rows.map((s) => (
                <ServiceRow
                  key={s.serviceName}
                  service={s}
                  helm={helm}
                  open={open.has(s.serviceName)}
                  onToggle={() => toggle(s.serviceName)}
                  unified={unified}
                  baseName={baseName}
                  headName={headName}
                  cell={cell}
                  containers={containers}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function TableOptions(props: {
  unchanged: number;
  showUnchanged: boolean;
  onShowUnchanged: (show: boolean) => void;
  unified: boolean;
  onUnified: (unified: boolean) => void;
}) {
  const t = useT(compareMessages);
  const switchId = useId();
  return (
    <div style={{ display: 'flex', gap: 16, alignItems: 'center', flexWrap: 'wrap', marginBottom: 12 }}>
      <span style={{ display: 'inline-flex', gap: 8, alignItems: 'center' }}>
        <Switch
          id={switchId}
          checked={props.showUnchanged}
          onChange={props.onShowUnchanged}
          disabled={props.unchanged === 0}
          size="small"
        />
        <label htmlFor={switchId}>{t('showUnchanged', { count: props.unchanged })}</label>
      </span>
      <Segmented
        aria-label={t('mode')}
        value={props.unified ? 'unified' : 'split'}
        onChange={(v) => props.onUnified(v === 'unified')}
        options={[
          { value: 'split', label: t('sideBySide') },
          { value: 'unified', label: t('unified') },
        ]}
      />
    </div>
  );
}

function HeaderRow({ helm, cell }: { helm: boolean; cell: CSSProperties }) {
  const t = useT(compareMessages);
  const { token } = theme.useToken();
  const head = headCellStyle(token, cell);
  return (
    <thead>
      <tr>
        <th scope="col" style={{ ...head, width: 180 }}>
          {t('col.service')}
        </th>
        <th scope="col" style={{ ...head, width: 100 }}>
          {t('col.change')}
        </th>
        <th scope="col" style={head}>
          {helm ? t('col.imagesChart') : t('col.images')}
        </th>
        <th scope="col" style={{ ...head, width: 150 }}>
          {t('col.diff')}
        </th>
      </tr>
    </thead>
  );
}
