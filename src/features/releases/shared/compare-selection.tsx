import { DiffOutlined, WarningOutlined } from '@ant-design/icons';
import { Button, Space, theme } from 'antd';
import { useState } from 'react';
import type { ReleaseSummary } from '../../../api/model';
import { LinkButton } from '../../../components/link-button';
import { commonMessages } from '../../../i18n/common';
import { useT } from '../../../i18n/i18n';
import { paths } from '../../../lib/paths';
import { serializeCompareParams } from './compare-url';
import { selectionMessages } from './messages';

/** How many versions a comparison takes. */
export const MAX_SELECTED = 2;

/**
 * Up to two versions chosen on the list. A third tick is refused, never silently swapped in: the
 * selection stays, and `refused` names the version that was not taken, for the bar to say why.
 */
export function useCompareSelection() {
  const [state, setState] = useState<{ selected: readonly ReleaseSummary[]; refused: string | null }>({
    selected: [],
    refused: null,
  });
  const toggle = (row: ReleaseSummary) =>
    setState(({ selected }) => {
      if (selected.some((r) => r.id === row.id))
        return { selected: selected.filter((r) => r.id !== row.id), refused: null };
      if (selected.length >= MAX_SELECTED) return { selected, refused: row.name };
      return { selected: [...selected, row], refused: null };
    });
  return {
    selected: state.selected,
    refused: state.refused,
    ids: new Set(state.selected.map((r) => r.id)),
    toggle,
    clear: () => setState({ selected: [], refused: null }),
  };
}

/**
 * The older of the two is the base: by creation time, and for equal times (a server that counts in
 * seconds) by place in the list, which is newest first.
 */
export function orderForCompare(
  a: ReleaseSummary,
  b: ReleaseSummary,
  rows: readonly ReleaseSummary[],
): [ReleaseSummary, ReleaseSummary] {
  if (a.createdAt !== null && b.createdAt !== null && a.createdAt !== b.createdAt) {
    return a.createdAt < b.createdAt ? [a, b] : [b, a];
  }
  const at = (r: ReleaseSummary) => rows.findIndex((x) => x.id === r.id);
  return at(a) < at(b) ? [b, a] : [a, b];
}

export function SelectForCompare({
  row,
  checked,
  onToggle,
}: {
  row: ReleaseSummary;
  checked: boolean;
  onToggle: (row: ReleaseSummary) => void;
}) {
  const t = useT(selectionMessages);
  return (
    <input
      type="checkbox"
      className="compare-select"
      checked={checked}
      onChange={() => onToggle(row)}
      aria-label={t('select', { name: row.name })}
    />
  );
}

/**
 * Above the table, always the same height whatever is selected (so a tick never moves the rows under
 * the pointer), and kept in sight under the header while the list scrolls: what to do, what is
 * selected, why a third tick was refused, and Compare once there are two.
 */
export function CompareBar({
  projectKey,
  selection: { selected, refused, clear },
  rows,
}: {
  projectKey: string;
  /** What is selected, and the version a third tick asked for and did not get. */
  selection: ReturnType<typeof useCompareSelection>;
  /** The list's rows, newest first. */
  rows: readonly ReleaseSummary[];
}) {
  const t = useT(selectionMessages);
  const tc = useT(commonMessages);
  const { token } = theme.useToken();
  const pair = selected.length === 2 ? orderForCompare(selected[0]!, selected[1]!, rows) : null;
  const names = selected.map((r) => r.name).join(', ');
  const text = refused
    ? t('selectMax', { names, name: refused })
    : selected.length === 0
      ? t('selectHint')
      : pair
        ? tc('pair', { label: t('selected', { count: 2 }), value: names })
        : t('selectOneMore', { name: names });
  return (
    <div
      role="region"
      aria-label={t('compare')}
      style={{
        display: 'flex',
        gap: 12,
        alignItems: 'center',
        height: BAR_HEIGHT,
        paddingInline: 4,
        position: 'sticky',
        top: 56,
        zIndex: 5,
        background: token.colorBgLayout,
      }}
    >
      <div
        role={refused ? 'alert' : 'status'}
        title={text}
        style={{
          flex: 1,
          minWidth: 0,
          overflow: 'hidden',
          textOverflow: 'ellipsis',
          whiteSpace: 'nowrap',
          color: refused
            ? token.colorWarningText
            : selected.length === 0
              ? token.colorTextSecondary
              : token.colorText,
        }}
      >
        {refused && <WarningOutlined aria-hidden style={{ marginInlineEnd: 6 }} />}
        {text}
      </div>
      <Space style={{ flex: 'none' }}>
        <CompareLink projectKey={projectKey} pair={pair} />
        <Button onClick={clear} disabled={selected.length === 0}>
          {t('clearSelection')}
        </Button>
      </Space>
    </div>
  );
}

const BAR_HEIGHT = 48;

/** Compare, once two versions are chosen (the older as the base). */
function CompareLink({
  projectKey,
  pair,
}: {
  projectKey: string;
  pair: [ReleaseSummary, ReleaseSummary] | null;
}) {
  const t = useT(selectionMessages);
  if (!pair)
    return (
      <Button type="primary" icon={<DiffOutlined aria-hidden />} disabled aria-label={t('compareTwo')}>
        {t('compare')}
      </Button>
    );
  const [base, head] = pair;
  return (
    <LinkButton
      type="primary"
      icon={<DiffOutlined aria-hidden />}
      aria-label={t('compareTwo')}
      to={paths.compare(
        projectKey,
        serializeCompareParams({
          base: { name: base.name, id: base.id },
          head: { name: head.name, id: head.id },
        }),
      )}
    >
      {t('compare')}
    </LinkButton>
  );
}
