import { CodeOutlined } from '@ant-design/icons';
import { Button, Typography, theme } from 'antd';
import { useMemo, type CSSProperties } from 'react';
import { LazyYamlDiff } from '../../../components/yaml-diff/lazy-yaml-diff';
import { commonMessages } from '../../../i18n/common';
import { useT } from '../../../i18n/i18n';
import type { ServiceComparison } from '../../../lib/compare-releases';
import { valuesKeyChanges } from '../../../lib/values-keys';
import { ImageGrid } from './image-grid';
import { KindTag } from './changed-text';
import { compareMessages } from './messages';

export interface ServiceRowProps {
  service: ServiceComparison;
  helm: boolean;
  open: boolean;
  onToggle: () => void;
  unified: boolean;
  baseName: string;
  headName: string;
  cell: CSSProperties;
  /** Whether the image grids show a container column. */
  containers: boolean;
}

const MAX_KEYS = 8;

function KeyList({ label, keys }: { label: string; keys: string[] }) {
  const t = useT(compareMessages);
  if (keys.length === 0) return null;
  const shown = keys.slice(0, MAX_KEYS);
  return (
    <div>
      <Typography.Text type="secondary">{label}: </Typography.Text>
      {shown.map((k) => (
        <Typography.Text code key={k}>
          {k}
        </Typography.Text>
      ))}
      {keys.length > MAX_KEYS && (
        <Typography.Text type="secondary">
          {' '}
          {t('keys.more', { count: keys.length - MAX_KEYS })}
        </Typography.Text>
      )}
    </div>
  );
}

/** One service of the comparison: its change, image references base → head, chart, and its diff on demand. */
export function ServiceRow(props: ServiceRowProps) {
  const { service: s, helm, open, cell } = props;
  const t = useT(compareMessages);
  const tc = useT(commonMessages);
  const { token } = theme.useToken();
  const before = s.base?.yamlContent ?? '';
  const after = s.head?.yamlContent ?? '';
  const keys = useMemo(
    () => (helm && s.yamlChanged && s.base && s.head ? valuesKeyChanges(before, after) : null),
    [helm, s.yamlChanged, s.base, s.head, before, after],
  );
  const toggleText = open ? t('hideDiff') : helm ? t('showValuesDiff') : t('showDiff');
  return (
    <>
      <tr>
        <th scope="row" style={{ ...cell, fontWeight: 600, wordBreak: 'break-all' }}>
          {s.serviceName}
        </th>
        <td style={cell}>
          <KindTag kind={s.kind} />
        </td>
        <td style={cell}>
          <ImageGrid
            service={s}
            containers={props.containers}
            helm={helm}
            keys={
              <>
                {helm && s.yamlChanged && keys === null && s.base && s.head && (
                  <Typography.Text type="warning">{t('keysUnreadable')}</Typography.Text>
                )}
                {keys &&
                  (['added', 'removed', 'changed'] as const).map((change) => (
                    <KeyList
                      key={change}
                      label={`${t('valuesKeys')} ${t(`keys.${change}`)}`}
                      keys={keys[change]}
                    />
                  ))}
              </>
            }
          />
        </td>
        <td style={{ ...cell, whiteSpace: 'nowrap' }}>
          {s.yamlChanged ? (
            <Button
              size="small"
              icon={<CodeOutlined aria-hidden />}
              aria-expanded={open}
              aria-label={tc('pair', { label: toggleText, value: s.serviceName })}
              onClick={props.onToggle}
            >
              {toggleText}
            </Button>
          ) : (
            <NoDiff service={s} helm={helm} />
          )}
        </td>
      </tr>
      {open && s.yamlChanged && (
        <tr>
          <td colSpan={4} style={{ ...cell, background: token.colorFillAlter }}>
            <section aria-label={t('diffOf', { service: s.serviceName })}>
              <LazyYamlDiff
                before={before}
                after={after}
                beforeLabel={`${s.serviceName} · ${props.baseName}`}
                afterLabel={`${s.serviceName} · ${props.headName}`}
                unifiedLabel={t('diffOf', { service: s.serviceName })}
                unified={props.unified}
                sameText={t('sameText')}
              />
            </section>
          </td>
        </tr>
      )}
    </>
  );
}

/** Why a service has no diff to show: the same text on both sides, or on one side only without any. */
function NoDiff({ service, helm }: { service: ServiceComparison; helm: boolean }) {
  const t = useT(compareMessages);
  const tc = useT(commonMessages);
  const oneSide = service.kind === 'new' || service.kind === 'removed';
  return (
    <Typography.Text type="secondary">
      {oneSide ? tc('empty') : helm ? t('sameValues') : t('sameYaml')}
    </Typography.Text>
  );
}
