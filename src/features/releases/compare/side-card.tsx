import type { UseQueryResult } from '@tanstack/react-query';
import { Typography, theme } from 'antd';
import { Link } from 'react-router';
import { warmOnIntent } from '../../../lib/warm-on-intent';
import type { ReleaseDetail } from '../../../api/model';
import { ErrorView, isNotFound } from '../../../components/api-error';
import { TimeText } from '../../../components/time-text';
import { commonMessages, labelFor } from '../../../i18n/common';
import { useT } from '../../../i18n/i18n';
import { paths } from '../../../lib/paths';
import { StatusTag } from '../shared/status-tag';
import type { VersionPick } from '../shared/compare-url';
import { sharedMessages } from '../shared/messages';
import { compareMessages } from './messages';

/** One side of the comparison: the version's name, status, type and date, or why it could not be loaded. */
export function SideCard({
  projectKey,
  side,
  pick,
  query: { data: release, error, refetch },
}: {
  projectKey: string;
  side: 'base' | 'head';
  pick: VersionPick;
  query: UseQueryResult<ReleaseDetail>;
}) {
  const t = useT(compareMessages);
  const tc = useT(commonMessages);
  const tg = useT(sharedMessages);
  const { token } = theme.useToken();
  if (error && !release) {
    const title = t(side === 'base' ? 'baseFailed' : 'headFailed', { name: pick.name });
    // Not found: trying again will not help; the picker chooses another version.
    return (
      <ErrorView
        variant="inline"
        error={error}
        title={title}
        onRetry={isNotFound(error) ? undefined : () => void refetch()}
      />
    );
  }
  return (
    <div
      aria-label={tc('pair', { label: t(side), value: pick.name })}
      role="group"
      style={{
        border: `1px solid ${token.colorBorderSecondary}`,
        borderRadius: token.borderRadiusLG,
        padding: '8px 12px',
        background: token.colorBgContainer,
      }}
    >
      <Typography.Text type="secondary">{t(side)}</Typography.Text>
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
        {release ? (
          <>
            <Link
              to={paths.release(projectKey, release.id, new URLSearchParams({ name: release.name }))}
              {...warmOnIntent(paths.release(projectKey, release.id))}
            >
              <strong>{release.name}</strong>
            </Link>
            <StatusTag status={release.status} />
            <Typography.Text type="secondary">{labelFor(tc, 'type', release.type)}</Typography.Text>
            <TimeText value={release.createdAt} />
          </>
        ) : (
          <Typography.Text aria-busy="true">{pick.name}…</Typography.Text>
        )}
      </div>
      {/* Deleted since it was read (the project's change stream said so): the comparison stays. */}
      {release && isNotFound(error) && (
        <Typography.Text type="warning" role="alert" style={{ display: 'block', marginTop: 4 }}>
          {tg('gone.title', { name: release.name })}
        </Typography.Text>
      )}
    </div>
  );
}
