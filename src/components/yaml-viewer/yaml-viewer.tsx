/**
 * A read-only YAML viewer on CodeMirror 6: highlighting, line numbers, folding, search (Ctrl+F or the
 * button), copy and download; colours follow the antd theme. Loaded on demand (see `lazy-yaml-viewer`).
 */
import { foldGutter } from '@codemirror/language';
import { yaml } from '@codemirror/lang-yaml';
import { openSearchPanel, search, searchKeymap, highlightSelectionMatches } from '@codemirror/search';
import { Compartment, EditorState } from '@codemirror/state';
import { defaultKeymap } from '@codemirror/commands';
import {
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { CopyOutlined, DownloadOutlined, SearchOutlined } from '@ant-design/icons';
import { App, Button, Space, theme } from 'antd';
import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/i18n';
import { downloadText } from '../../lib/download';
import { useCodeLook } from './code-theme';
import { yamlViewerMessages } from './messages';

export interface YamlViewerProps {
  value: string;
  /** Accessible name of the code area, e.g. "YAML of service1". */
  label: string;
  /** Name of the downloaded file. */
  fileName: string;
}

export function YamlViewer({ value, label, fileName }: YamlViewerProps) {
  const t = useT(yamlViewerMessages);
  const { message } = App.useApp();
  const { token } = theme.useToken();
  const { host, view } = useReadOnlyEditor(value, label);

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
    <div>
      <Space style={{ marginBottom: 8 }} wrap>
        <Button size="small" icon={<SearchOutlined aria-hidden />} onClick={openSearch}>
          {t('search')}
        </Button>
        <Button size="small" icon={<CopyOutlined aria-hidden />} onClick={() => void copy()}>
          {t('copy')}
        </Button>
        <Button
          size="small"
          icon={<DownloadOutlined aria-hidden />}
          onClick={() => downloadText(fileName, value, 'application/yaml')}
        >
          {t('download')}
        </Button>
        <span style={{ color: token.colorTextTertiary }}>{t('lines', { count: countLines(value) })}</span>
      </Space>
      <div ref={host} />
    </div>
  );
}

/** A read-only CodeMirror view of `value` in `host`, its look and label following the app's. */
function useReadOnlyEditor(value: string, label: string) {
  const look = useCodeLook();
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const looks = useRef(new Compartment());
  const labels = useRef(new Compartment());

  // Create the editor once per document.
  useEffect(() => {
    if (!host.current) return;
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(),
          foldGutter(),
          highlightActiveLine(),
          highlightActiveLineGutter(),
          highlightSelectionMatches(),
          yaml(),
          search({ top: true }),
          keymap.of([...searchKeymap, ...defaultKeymap]),
          EditorState.readOnly.of(true),
          looks.current.of([]),
          labels.current.of([]),
        ],
      }),
    });
    // Keyboard users can scroll the code without entering it (axe: scrollable-region-focusable).
    editor.scrollDOM.tabIndex = 0;
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
  }, [value]);

  useEffect(() => {
    view.current?.dispatch({
      effects: [
        looks.current.reconfigure(look),
        labels.current.reconfigure(
          EditorView.contentAttributes.of({ 'aria-label': label, 'aria-readonly': 'true' }),
        ),
      ],
    });
  }, [look, label, value]);
  return { host, view };
}

function countLines(text: string): number {
  if (!text) return 0;
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return text.endsWith('\n') ? n - 1 : n;
}
