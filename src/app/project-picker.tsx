import { useQuery } from '@tanstack/react-query';
import { Button, Select, Space } from 'antd';
// The plain input alone: antd's index brings TextArea, Search, Password and OTP with it.
import Input from 'antd/es/input/Input';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { projectQueries } from '../features/projects/queries';
import { useT } from '../i18n/i18n';
import { paths } from '../lib/paths';
import { shellMessages } from './messages';

const KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

/** Picks a project from the projects endpoint; when that is refused or empty, takes a typed key. */
export function ProjectPicker({ current, width = 280 }: { current: string | undefined; width?: number }) {
  const t = useT(shellMessages);
  const navigate = useNavigate();
  const projects = useQuery(projectQueries.list());
  const open = (key: string) => void navigate(paths.releases(key));

  if (projects.isError || (projects.isSuccess && projects.data.length === 0)) {
    return <ProjectKeyInput current={current} onOpen={open} width={width} />;
  }
  const options = (projects.data ?? []).map((p) => ({
    value: p.key,
    label: p.name && p.name !== p.key ? `${p.name} (${p.key})` : p.key,
  }));
  if (current && !options.some((o) => o.value === current))
    options.unshift({ value: current, label: current });
  return (
    <Select
      showSearch={{ optionFilterProp: 'label' }}
      aria-label={t('project')}
      placeholder={t('pickProject')}
      loading={projects.isPending}
      value={current}
      options={options}
      onChange={(key: string) => open(key)}
      style={{ width }}
      popupMatchSelectWidth={false}
    />
  );
}

export function ProjectKeyInput({
  current,
  onOpen,
  width,
}: {
  current: string | undefined;
  onOpen: (key: string) => void;
  width: number;
}) {
  const t = useT(shellMessages);
  const [value, setValue] = useState(current ?? '');
  const trimmed = value.trim();
  const invalid = trimmed !== '' && !KEY_PATTERN.test(trimmed);
  return (
    <form
      style={{ display: 'inline-flex', flexDirection: 'column', lineHeight: 'normal' }}
      onSubmit={(event) => {
        event.preventDefault();
        if (trimmed && !invalid) onOpen(trimmed);
      }}
    >
      <Space.Compact>
        <Input
          aria-label={t('projectKey')}
          placeholder={t('projectKeyHint')}
          value={value}
          status={invalid ? 'error' : undefined}
          onChange={(e) => setValue(e.target.value)}
          style={{ width }}
          aria-invalid={invalid}
          aria-describedby={invalid ? 'project-key-error' : undefined}
          autoComplete="off"
          spellCheck={false}
        />
        <Button htmlType="submit" type="default" disabled={!trimmed || invalid}>
          {t('open')}
        </Button>
      </Space.Compact>
      {invalid && (
        <span id="project-key-error" role="alert" style={{ color: 'var(--ant-color-error)', fontSize: 12 }}>
          {t('projectKeyInvalid')}
        </span>
      )}
    </form>
  );
}
