/** The detail page's title row: the version's name, its status, and what can be done with it. */
import { Typography } from 'antd';
import { StatusTag } from '../shared/status-tag';
import { DetailActions, type DetailActionsProps } from './detail-actions';

export function DetailHeader({ release, projectKey, retrying, onRetry, onDelete }: DetailActionsProps) {
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap', margin: '12px 0 16px' }}>
      <Typography.Title
        level={1}
        id="release-title"
        style={{ margin: 0, fontSize: 24, wordBreak: 'break-all' }}
      >
        {release.name}
      </Typography.Title>
      <StatusTag status={release.status} />
      <div style={{ flex: 1 }} />
      <DetailActions
        release={release}
        projectKey={projectKey}
        retrying={retrying}
        onRetry={onRetry}
        onDelete={onDelete}
      />
    </div>
  );
}
