/**
 * The CodeMirror look (colours from the antd theme, highlighting, phrases in the current language) as one
 * extension list, shared by the YAML editor and the YAML diff. Built on the viewer's `code-theme`.
 */
import { syntaxHighlighting } from '@codemirror/language';
import { EditorState, type Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { theme } from 'antd';
import { useMemo } from 'react';
import { useLocale } from '../../i18n/i18n';
import {
  codeColours,
  darkHighlight,
  editorTheme,
  lightHighlight,
  type CodeColours,
} from '../yaml-viewer/code-theme';
import { codeMirrorPhrasesZh } from '../yaml-viewer/messages';
import { isDark } from '../yaml-viewer/yaml-viewer';

/** @codemirror/merge's own phrases in Chinese. */
const MERGE_PHRASES_ZH: Record<string, string> = {
  '$ unchanged lines': '$ 行未改动',
  Accept: '接受',
  Reject: '拒绝',
  'Revert this chunk': '还原此处改动',
};

export function useCodeLook(maxHeight = '520px'): Extension {
  const { token } = theme.useToken();
  const { locale } = useLocale();
  const colours = codeColours(token);
  const key = JSON.stringify(colours);
  const dark = isDark(token.colorBgContainer);
  return useMemo(() => {
    const parsed = JSON.parse(key) as CodeColours;
    return [
      editorTheme(parsed, dark),
      EditorView.theme({ '&': { maxHeight } }),
      syntaxHighlighting(dark ? darkHighlight : lightHighlight),
      locale === 'zh-CN' ? EditorState.phrases.of({ ...codeMirrorPhrasesZh, ...MERGE_PHRASES_ZH }) : [],
    ];
  }, [key, dark, locale, maxHeight]);
}
