import { Progress, Tag, Typography } from 'antd';
import { isActiveStatus, type ReleaseDetail } from '../../../api/model';
import { useT } from '../../../i18n/i18n';
import { ImageStatusTag } from '../shared/image-status-tag';
import { detailMessages } from './messages';
import { imageProgress } from './image-progress';
import { progressState, TONE_COLOUR, type StatusTone } from '../shared/status-tone';

const GROUPS: readonly StatusTone[] = ['active', 'done', 'failed', 'other'];

/** "x of N images pushed", a bar, and how many images are in each status. */
export function ReleaseProgress({ release }: { release: ReleaseDetail }) {
  const t = useT(detailMessages);
  const progress = imageProgress(release.services);
  const active = isActiveStatus(release.status);
  if (progress.total === 0 && Object.keys(progress.byStatus).length === 0) {
    return <Typography.Text type="secondary">{t('progressNone')}</Typography.Text>;
  }
  // Done (pushed, skipped, ...) counts towards the bar; failed and other statuses do not.
  const percent = progress.total ? Math.floor((100 * progress.groups.done) / progress.total) : 100;
  const groups = GROUPS.filter((g) => progress.groups[g] > 0);
  const text = progress.total
    ? t('progressText', { done: progress.pushed, total: progress.total })
    : t('progressNone');
  return (
    <div>
      <div style={{ display: 'flex', alignItems: 'baseline', gap: 12, flexWrap: 'wrap' }}>
        <Typography.Text strong aria-live="polite">
          {text}
        </Typography.Text>
        {active && (
          <Tag color={TONE_COLOUR.active} variant="outlined">
            {t('live')}
          </Tag>
        )}
      </div>
      <Progress percent={percent} status={progressState(release.status, percent)} aria-label={text} />
      {groups.length > 0 && (
        <Typography.Text type="secondary">
          {groups.map((g) => t(`group.${g}`, { count: progress.groups[g] })).join(' · ')}
        </Typography.Text>
      )}
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', marginTop: 4 }}>
        {Object.entries(progress.byStatus).map(([status, count]) => (
          <span key={status} style={{ display: 'inline-flex', alignItems: 'center', gap: 2 }}>
            <ImageStatusTag
              status={status === 'not-pushed' ? '' : status}
              pushImage={status !== 'not-pushed'}
            />
            <Typography.Text>× {count}</Typography.Text>
          </span>
        ))}
      </div>
    </div>
  );
}
