import { DownOutlined, ExportOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import type { ReleaseDetail } from '../../../api/model';
import { useT } from '../../../i18n/i18n';
import { imageListCsv, imageListMarkdown } from '../../../lib/release-notes';
import { downloadText, safeFileName } from '../../../lib/download';
import { imageListMessages } from './image-messages';

/** A version's own image list (service, container, source → target, chart), copied or saved as Markdown or CSV. */
export function ImageListExport({ release }: { release: ReleaseDetail }) {
  const t = useT(imageListMessages);
  const { message } = App.useApp();
  const file = safeFileName(`${release.name}-images`);
  const words = {
    service: t('service'),
    container: t('container'),
    source: t('source'),
    target: t('target'),
    chart: t('chart'),
  };

  const run = async (key: string) => {
    const markdown = imageListMarkdown(release, words);
    if (key === 'csv') {
      // A byte-order mark so that spreadsheet programs read the file as UTF-8.
      downloadText(`${file}.csv`, `\uFEFF${imageListCsv(release, words)}`, 'text/csv;charset=utf-8');
    } else if (key === 'md') {
      downloadText(`${file}.md`, markdown, 'text/markdown;charset=utf-8');
    } else {
      try {
        await navigator.clipboard.writeText(markdown);
        void message.success(t('imagesCopied'));
      } catch {
        void message.error(t('copyFailed'));
      }
    }
  };

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'copy', label: t('exportCopyMd') },
          { key: 'md', label: t('exportMd') },
          { key: 'csv', label: t('exportCsv') },
        ],
        onClick: ({ key }) => void run(key),
      }}
    >
      <Button icon={<ExportOutlined aria-hidden />}>
        {t('exportImages')} <DownOutlined aria-hidden />
      </Button>
    </Dropdown>
  );
}
