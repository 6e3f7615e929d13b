import { CopyOutlined, DownloadOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useT } from '../../../i18n/i18n';
import type { ReleaseComparison } from '../../../lib/compare-releases';
import { comparisonMarkdown } from '../../../lib/release-notes';
import { downloadText, safeFileName } from '../../../lib/download';
import { compareMessages } from './messages';
import { useNotesWords } from './use-notes-words';

export interface MarkdownExportProps {
  comparison: ReleaseComparison;
  project: string;
  base: string;
  head: string;
}

/** Copy or download the comparison as Markdown: the text pasted into a change request. */
export function MarkdownExport({ comparison, project, base, head }: MarkdownExportProps) {
  const t = useT(compareMessages);
  const words = useNotesWords();
  const { message } = App.useApp();
  const text = () =>
    comparisonMarkdown(comparison, { project, base, head }, words.notes, words.summary(comparison.counts));

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text());
      void message.success(t('copied'));
    } catch {
      void message.error(t('copyFailed'));
    }
  };
  return (
    <Space wrap>
      <Button icon={<CopyOutlined aria-hidden />} onClick={() => void copy()}>
        {t('copyMd')}
      </Button>
      <Button
        icon={<DownloadOutlined aria-hidden />}
        onClick={() =>
          downloadText(`${safeFileName(`${base}-to-${head}`)}.md`, text(), 'text/markdown;charset=utf-8')
        }
      >
        {t('downloadMd')}
      </Button>
    </Space>
  );
}
