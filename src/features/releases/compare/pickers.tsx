/** The compare page's toolbar, where the two versions to compare are chosen. */
import { SwapOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../../i18n/i18n';
import type { CompareSelection, VersionPick } from '../shared/compare-url';
import { compareMessages } from './messages';
import { VersionPicker } from './version-picker';

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
