import { useQuery } from '@tanstack/react-query';
import { Button, Space } from 'antd';
// The plain input alone: antd's index brings TextArea, Search, Password and OTP with it.
import Input from 'antd/es/input/Input';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { LazySelect } from '../components/lazy-select';
import { projectQueries } from '../features/releases/shared/project-queries';
import { useT } from '../i18n/i18n';
import { paths } from '../lib/paths';
import { shellMessages } from './messages';

const KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;
const MAX_WIDTH = 440;

/** About how wide `text` is at the header's 14px font: wide (CJK) characters count double. */
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(ch) ? 14 : 7.6;
  return w;
}

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
  // Wide enough for the chosen project's whole name (up to a point; beyond it the name is cut with an
  // ellipsis and shown in full on hover and in the list).
  const chosen = options.find((o) => o.value === current)?.label ?? '';
  const fit = Math.min(MAX_WIDTH, Math.max(width, Math.ceil(textWidth(chosen)) + 56));
  return (
    // Built when first used (pointer, focus or press): every page's header shows it.
    <LazySelect
      showSearch={{ optionFilterProp: 'label' }}
      aria-label={t('project')}
      placeholder={t('pickProject')}
      loading={projects.isPending}
      value={current}
      options={options.map((o) => ({ ...o, title: o.label }))}
      onChange={(key: string) => open(key)}
      style={{ width: fit, maxWidth: '100%' }}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxWidth: 'min(640px, calc(100vw - 32px))' } } }}
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
