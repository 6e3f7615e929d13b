/**
 * A read-only YAML viewer on CodeMirror 6: highlighting, line numbers, folding, search (Ctrl+F or the
 * button), copy and download; colours follow the antd theme. Loaded on demand (see `lazy-yaml-viewer`).
 */
import { foldGutter, syntaxHighlighting } from '@codemirror/language';
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
import { useLocale, useT } from '../../i18n/i18n';
import { downloadText } from '../../lib/download';
import { codeColours, darkHighlight, editorTheme, lightHighlight, type CodeColours } from './code-theme';
import { codeMirrorPhrasesZh, yamlViewerMessages } from './messages';

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

/** A read-only CodeMirror view of `value` in `host`, its colours, phrases and label following the app's. */
function useReadOnlyEditor(value: string, label: string) {
  const { locale } = useLocale();
  const { token } = theme.useToken();
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const looks = useRef(new Compartment());
  const phrases = useRef(new Compartment());
  const labels = useRef(new Compartment());

  const dark = isDark(token.colorBgContainer);
  const coloursKey = JSON.stringify(codeColours(token));

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
          phrases.current.of([]),
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
    const parsed = JSON.parse(coloursKey) as CodeColours;
    view.current?.dispatch({
      effects: looks.current.reconfigure([
        editorTheme(parsed, dark),
        syntaxHighlighting(dark ? darkHighlight : lightHighlight),
      ]),
    });
  }, [coloursKey, dark, value]);

  useEffect(() => {
    view.current?.dispatch({
      effects: [
        phrases.current.reconfigure(locale === 'zh-CN' ? EditorState.phrases.of(codeMirrorPhrasesZh) : []),
        labels.current.reconfigure(
          EditorView.contentAttributes.of({ 'aria-label': label, 'aria-readonly': 'true' }),
        ),
      ],
    });
  }, [locale, label, value]);
  return { host, view };
}

function countLines(text: string): number {
  if (!text) return 0;
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return text.endsWith('\n') ? n - 1 : n;
}

/** Whether a CSS colour (#rgb, #rrggbb or rgb()) is dark. */
export function isDark(colour: string): boolean {
  let r = 255;
  let g = 255;
  let b = 255;
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  const rgb = /^rgba?\((\d+)[,\s]+(\d+)[,\s]+(\d+)/i.exec(colour.trim());
  if (hex?.[1]) {
    const h = hex[1].length === 3 ? [...hex[1]].map((c) => c + c).join('') : hex[1];
    r = parseInt(h.slice(0, 2), 16);
    g = parseInt(h.slice(2, 4), 16);
    b = parseInt(h.slice(4, 6), 16);
  } else if (rgb) {
    r = Number(rgb[1]);
    g = Number(rgb[2]);
    b = Number(rgb[3]);
  }
  return 0.299 * r + 0.587 * g + 0.114 * b < 128;
}
