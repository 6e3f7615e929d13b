/** The YAML viewer's buttons: search (opens CodeMirror's panel), copy, download, and the line count. */
import { openSearchPanel } from '@codemirror/search';
import type { EditorView } from '@codemirror/view';
import { CopyOutlined, DownloadOutlined, SearchOutlined } from '@ant-design/icons';
import { App, Button, Space, theme } from 'antd';
import type { RefObject } from 'react';
import { useT } from '../../i18n/i18n';
import { yamlViewerMessages } from './messages';

function countLines(text: string): number {
  if (!text) return 0;
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return text.endsWith('\n') ? n - 1 : n;
}

function download(value: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([value], { type: 'application/yaml' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ViewerToolbar({
  value,
  fileName,
  view,
}: {
  value: string;
  fileName: string;
  view: RefObject<EditorView | null>;
}) {
  const t = useT(yamlViewerMessages);
  const { message } = App.useApp();
  const { token } = theme.useToken();

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      void message.success(t('copied'));
    } catch {
      void message.error(t('copyFailed'));
    }
  };
  const openSearch = () => {
    if (!view.current) return;
    view.current.focus();
    openSearchPanel(view.current);
  };

  return (
    <Space style={{ marginBottom: 8 }} wrap>
      <Button size="small" icon={<SearchOutlined aria-hidden />} onClick={openSearch}>
        {t('search')}
      </Button>
      <Button size="small" icon={<CopyOutlined aria-hidden />} onClick={() => void copy()}>
        {t('copy')}
      </Button>
      <Button size="small" icon={<DownloadOutlined aria-hidden />} onClick={() => download(value, fileName)}>
        {t('download')}
      </Button>
      <span style={{ color: token.colorTextTertiary }}>{t('lines', { count: countLines(value) })}</span>
    </Space>
  );
}
