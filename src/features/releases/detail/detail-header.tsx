import { RetryIcon } from '../shared/retry-news';
import { CopyOutlined, DeleteOutlined, DiffOutlined, PlusSquareOutlined } from '@ant-design/icons';
import { App, Button, Space, Typography } from 'antd';
import type { ReleaseDetail } from '../../../api/model';
import { LinkButton } from '../../../components/link-button';
import { commonMessages } from '../../../i18n/common';
import { useT } from '../../../i18n/i18n';
import { paths } from '../../../lib/paths';
import { ImageListExport } from '../shared/image-list-export';
import { StatusTag } from '../shared/status-tag';
import { detailMessages } from './messages';

interface DetailHeaderProps {
  release: ReleaseDetail;
  projectKey: string;
  retrying: boolean;
  onRetry: () => void;
  onDelete: () => void;
}

/**
 * The detail page's title row: the version's name, its status, and what can be done with it: retry (when
 * failed), compare with the previous version, create from it, export images, copy link, delete.
 */
export function DetailHeader({ release, projectKey, retrying, onRetry, onDelete }: DetailHeaderProps) {
  const t = useT(detailMessages);
  const tc = useT(commonMessages);
  const { message } = App.useApp();

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      void message.success(t('linkCopied'));
    } catch {
      void message.error(t('linkCopyFailed'));
    }
  };

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
      <Space wrap>
        {release.status === 'failed' && (
          <Button type="primary" icon={<RetryIcon />} loading={retrying} onClick={onRetry}>
            {tc('action.retry')}
          </Button>
        )}
        <LinkButton
          icon={<DiffOutlined aria-hidden />}
          to={paths.compare(projectKey, new URLSearchParams({ head: release.name, headId: release.id }))}
        >
          {t('compare')}
        </LinkButton>
        <LinkButton
          icon={<PlusSquareOutlined aria-hidden />}
          to={paths.newRelease(projectKey, new URLSearchParams({ from: release.id, name: release.name }))}
        >
          {t('createFrom')}
        </LinkButton>
        <ImageListExport release={release} />
        <Button icon={<CopyOutlined aria-hidden />} onClick={() => void copyLink()}>
          {t('copyLink')}
        </Button>
        <Button danger icon={<DeleteOutlined aria-hidden />} onClick={onDelete}>
          {tc('action.delete')}
        </Button>
      </Space>
    </div>
  );
}
