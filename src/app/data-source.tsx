import { useQuery } from '@tanstack/react-query';
import { Tag, Tooltip } from 'antd';
import { ApiOutlined, CloudServerOutlined, DisconnectOutlined, ExperimentOutlined } from '@ant-design/icons';
import { projectQueries } from '../features/releases/shared/project-queries';
import { commonMessages } from '../i18n/common';
import { useT } from '../i18n/i18n';
import { shellMessages } from './messages';

/** Where the data comes from: the sandbox, or a Zadig host (and whether it answers). */
export function DataSource() {
  const t = useT(shellMessages);
  const tc = useT(commonMessages);
  const health = useQuery(projectQueries.health());
  if (health.isPending) return null;
  let tag;
  let hint;
  if (health.isError) {
    hint = t('source.serverDown');
    tag = (
      <Tag color="error" icon={<DisconnectOutlined aria-hidden />}>
        {hint}
      </Tag>
    );
  } else if (health.data.mode === 'sandbox') {
    hint = t('source.sandboxHint');
    tag = (
      <Tag color="purple" icon={<ExperimentOutlined aria-hidden />}>
        {t('source.sandbox')}
      </Tag>
    );
  } else {
    const host = health.data.zadigHost ?? '?';
    const down = health.data.upstream === 'unreachable';
    hint = down ? t('source.unreachable', { host }) : t('source.zadigHint', { host });
    tag = (
      <Tag
        color={down ? 'error' : 'blue'}
        icon={down ? <ApiOutlined aria-hidden /> : <CloudServerOutlined aria-hidden />}
      >
        {down ? t('source.unreachable', { host }) : t('source.zadig', { host })}
      </Tag>
    );
  }
  return (
    <Tooltip title={hint}>
      <span
        role="status"
        aria-label={tc('pair', { label: t('dataSource'), value: hint })}
        tabIndex={0}
        style={{ display: 'inline-flex' }}
      >
        {tag}
      </span>
    </Tooltip>
  );
}
