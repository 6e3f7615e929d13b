import { CodeOutlined } from '@ant-design/icons';
import { Button, Tag, Typography, theme } from 'antd';
import { useMemo, type CSSProperties } from 'react';
import { LazyYamlDiff } from '../../../components/yaml-diff/lazy-yaml-diff';
import { commonMessages } from '../../../i18n/common';
import { useT } from '../../../i18n/i18n';
import type { ChangeKind, ImageComparison, ServiceComparison } from '../../../lib/compare-releases';
import { valuesKeyChanges } from '../../../lib/values-keys';
import { ChangedText } from './changed-text';
import { compareMessages } from './messages';

const KIND_COLOUR: Record<Exclude<ChangeKind, 'changed'>, string> = {
  new: 'success',
  removed: 'error',
  unchanged: 'default',
};

export function KindTag({ kind }: { kind: ChangeKind }) {
  const t = useT(compareMessages);
  const { token } = theme.useToken();
  if (kind === 'changed') {
    // The preset warning colours are too faint as text in the light theme; the text keeps its colour.
    return (
      <Tag
        style={{
          color: token.colorText,
          background: token.colorWarningBg,
          borderColor: token.colorWarningBorder,
        }}
      >
        {t('kind.changed')}
      </Tag>
    );
  }
  return <Tag color={KIND_COLOUR[kind]}>{t(`kind.${kind}`)}</Tag>;
}

export interface ServiceRowProps {
  service: ServiceComparison;
  helm: boolean;
  open: boolean;
  onToggle: () => void;
  unified: boolean;
  baseName: string;
  headName: string;
  cell: CSSProperties;
  columns: number;
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

function ImageLines({ image }: { image: ImageComparison }) {
  const t = useT(compareMessages);
  const tc = useT(commonMessages);
  return (
    <div style={{ marginBottom: 6 }}>
      <div>
        <strong>{image.key}</strong> {image.kind !== 'unchanged' && <KindTag kind={image.kind} />}
      </div>
      <div style={{ display: 'flex', alignItems: 'center', gap: 4, minWidth: 0 }}>
        <Typography.Text type="secondary" style={{ flex: 'none' }}>
          {tc('pair', { label: t('sourceImage'), value: '' })}
        </Typography.Text>
        <span style={{ minWidth: 0 }}>
          <ChangedText image before={image.sourceBase} after={image.sourceHead} />
        </span>
      </div>
      <div style={{ display: 'flex', alignItems: 'center', gap: 4, minWidth: 0 }}>
        <Typography.Text type="secondary" style={{ flex: 'none' }}>
          {tc('pair', { label: t('targetImage'), value: '' })}
        </Typography.Text>
        <span style={{ minWidth: 0 }}>
          <ChangedText image before={image.targetBase} after={image.targetHead} />
        </span>
      </div>
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
          {s.images.length === 0 ? (
            <Typography.Text type="secondary">{t('noImages')}</Typography.Text>
          ) : (
            s.images.map((i) => <ImageLines key={i.key} image={i} />)
          )}
        </td>
        {helm && (
          <td style={cell}>
            <div>{s.head?.chartName || s.base?.chartName || '—'}</div>
            <div>
              <Typography.Text type="secondary">{t('chartVersion')}: </Typography.Text>
              <ChangedText before={s.base?.chartVersion ?? ''} after={s.head?.chartVersion ?? ''} />
            </div>
            {s.yamlChanged && keys === null && s.base && s.head && (
              <Typography.Text type="warning">{t('keysUnreadable')}</Typography.Text>
            )}
            {keys && (
              <div style={{ marginTop: 4 }}>
                <KeyList label={`${t('valuesKeys')} ${t('keys.added')}`} keys={keys.added} />
                <KeyList label={`${t('valuesKeys')} ${t('keys.removed')}`} keys={keys.removed} />
                <KeyList label={`${t('valuesKeys')} ${t('keys.changed')}`} keys={keys.changed} />
              </div>
            )}
          </td>
        )}
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
            <Typography.Text type="secondary">{helm ? t('sameValues') : t('sameYaml')}</Typography.Text>
          )}
        </td>
      </tr>
      {open && s.yamlChanged && (
        <tr>
          <td colSpan={props.columns} style={{ ...cell, background: token.colorFillAlter }}>
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
