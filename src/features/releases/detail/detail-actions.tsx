import { CopyOutlined, DeleteOutlined, PlusSquareOutlined, RedoOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import type { ReleaseDetail } from '../../../api/model';
import { LinkButton } from '../../../components/link-button';
import { commonMessages } from '../../../i18n/common';
import { useT } from '../../../i18n/i18n';
import { paths } from '../../../lib/paths';
import { detailMessages } from './messages';

export interface DetailActionsProps {
  release: ReleaseDetail;
  projectKey: string;
  retrying: boolean;
  onRetry: () => void;
  onDelete: () => void;
}

/** Retry (when failed), delete, copy link, create from this version. "Compare" will join these. */
export function DetailActions({ release, projectKey, retrying, onRetry, onDelete }: DetailActionsProps) {
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
    <Space wrap>
      {release.status === 'failed' && (
        <Button type="primary" icon={<RedoOutlined aria-hidden />} loading={retrying} onClick={onRetry}>
          {tc('action.retry')}
        </Button>
      )}
      <LinkButton
        icon={<PlusSquareOutlined aria-hidden />}
        to={paths.newRelease(projectKey, new URLSearchParams({ from: release.id, name: release.name }))}
      >
        {t('createFrom')}
      </LinkButton>
      <Button icon={<CopyOutlined aria-hidden />} onClick={() => void copyLink()}>
        {t('copyLink')}
      </Button>
      <Button danger icon={<DeleteOutlined aria-hidden />} onClick={onDelete}>
        {tc('action.delete')}
      </Button>
    </Space>
  );
}
