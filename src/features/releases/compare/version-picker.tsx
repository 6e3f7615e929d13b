import { useQuery } from '@tanstack/react-query';
import { SwapOutlined } from '@ant-design/icons';
import { Button, Select, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import type { ReleaseSummary } from '../../../api/model';
import { useLocale, useT } from '../../../i18n/i18n';
import { formatExact } from '../../../lib/time';
import { releaseQueries, versionQuery } from '../queries';
import { StatusTag } from '../shared/status-tag';
import type { CompareSelection, VersionPick } from '../shared/compare-url';
import { compareMessages } from './messages';

/** The latest versions offered in the picker (of those whose name has what is typed); any other can be typed by name. */
export const PICKER_SIZE = 100;

interface VersionPickerProps {
  projectKey: string;
  label: string;
  value: VersionPick | null;
  onChange: (pick: VersionPick) => void;
}

/** A searchable choice of version (name, status, date); a name typed that is not listed can be used as is. */
function VersionPicker({ projectKey, label, value, onChange }: VersionPickerProps) {
  const t = useT(compareMessages);
  const { locale } = useLocale();
  const [search, setSearch] = useState('');
  const list = useQuery(
    releaseQueries.list(projectKey, versionQuery({ size: PICKER_SIZE, q: search.trim() })),
  );
  const items: ReleaseSummary[] = list.data?.items ?? [];
  const typed = search.trim();
  const listed = items.some((v) => v.name === typed);

  const options = items.map((v) => ({
    value: v.name,
    title: v.name,
    label: (
      <Space size={8} style={{ width: '100%', justifyContent: 'space-between' }}>
        <span>{v.name}</span>
        <span>
          <StatusTag status={v.status} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {v.createdAt === null ? '' : formatExact(v.createdAt, locale)}
          </Typography.Text>
        </span>
      </Space>
    ),
  }));
  if (value && !items.some((v) => v.name === value.name)) {
    options.unshift({ value: value.name, title: value.name, label: <span>{value.name}</span> });
  }
  if (typed && !listed && typed !== value?.name) {
    options.push({ value: typed, title: typed, label: <span>{t('useName', { name: typed })}</span> });
  }

  return (
    <Select
      aria-label={label}
      placeholder={t('pick')}
      showSearch={{ optionFilterProp: 'title', onSearch: setSearch, searchValue: search }}
      loading={list.isPending}
      value={value?.name}
      // onSelect, not onChange: choosing the preselected version pins it in the URL too.
      onSelect={(name: string) => {
        const found = items.find((v) => v.name === name);
        onChange(found ? { name, id: found.id } : { name });
        setSearch('');
      }}
      options={options}
      popupMatchSelectWidth={false}
      style={{ minWidth: 220, maxWidth: 360 }}
    />
  );
}

/** The two version pickers, the swap between them, and what acts on the comparison (its export). */
export function Pickers(props: {
  projectKey: string;
  base: VersionPick | null;
  head: VersionPick | null;
  onChoose: (next: CompareSelection) => void;
  children: ReactNode;
}) {
  const { projectKey, base, head, onChoose: choose } = props;
  const t = useT(compareMessages);
  return (
    <div style={{ display: 'flex', gap: 12, alignItems: 'flex-end', flexWrap: 'wrap', marginBottom: 16 }}>
      <label style={{ display: 'grid', gap: 4 }}>
        <Typography.Text type="secondary">{t('base')}</Typography.Text>
        <VersionPicker
          projectKey={projectKey}
          label={t('base')}
          value={base}
          onChange={(pick) => choose({ base: pick, head })}
        />
      </label>
      <Button
        icon={<SwapOutlined aria-hidden />}
        aria-label={t('swap')}
        disabled={!base || !head}
        onClick={() => choose({ base: head, head: base })}
      >
        {t('swapShort')}
      </Button>
      <label style={{ display: 'grid', gap: 4 }}>
        <Typography.Text type="secondary">{t('head')}</Typography.Text>
        <VersionPicker
          projectKey={projectKey}
          label={t('head')}
          value={head}
          onChange={(pick) => choose({ base, head: pick })}
        />
      </label>
      <div style={{ flex: 1 }} />
      {props.children}
    </div>
  );
}
