import { DiffOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useState } from 'react';
import type { ReleaseSummary } from '../../../api/model';
import { LinkButton } from '../../../components/link-button';
import { useT } from '../../../i18n/i18n';
import { paths } from '../../../lib/paths';
import { serializeCompareParams } from './compare-url';
import { compareMessages } from './messages';
import { Text } from '../../../components/plain-text';

/** Up to two versions chosen on the list; choosing a third lets go of the first chosen. */
export function useCompareSelection() {
  const [selected, setSelected] = useState<readonly ReleaseSummary[]>([]);
  const toggle = (row: ReleaseSummary) =>
    setSelected((prev) =>
      prev.some((r) => r.id === row.id) ? prev.filter((r) => r.id !== row.id) : [...prev, row].slice(-2),
    );
  return {
    selected,
    ids: new Set(selected.map((r) => r.id)),
    toggle,
    clear: () => setSelected([]),
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
  const t = useT(compareMessages);
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

/** Shown once a version is selected: how many, and Compare when there are two. */
export function CompareBar({
  projectKey,
  selected,
  rows,
  onClear,
}: {
  projectKey: string;
  selected: readonly ReleaseSummary[];
  /** The list's rows, newest first. */
  rows: readonly ReleaseSummary[];
  onClear: () => void;
}) {
  const t = useT(compareMessages);
  if (selected.length === 0) return null;
  const pair = selected.length === 2 ? orderForCompare(selected[0]!, selected[1]!, rows) : null;
  return (
    <div
      role="region"
      aria-label={t('compare')}
      style={{ display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap', marginBottom: 12 }}
    >
      <Text>
        {pair ? t('selected', { count: 2 }) : t('selectHint')}
        {': '}
        {selected.map((r) => r.name).join(', ')}
      </Text>
      <Space>
        {pair && (
          <LinkButton
            type="primary"
            icon={<DiffOutlined aria-hidden />}
            aria-label={t('compareTwo')}
            to={paths.compare(
              projectKey,
              serializeCompareParams({
                base: { name: pair[0].name, id: pair[0].id },
                head: { name: pair[1].name, id: pair[1].id },
              }),
            )}
          >
            {t('compare')}
          </LinkButton>
        )}
        <Button onClick={onClear}>{t('clearSelection')}</Button>
      </Space>
    </div>
  );
}
