/**
 * The CodeMirror look shared by the YAML viewer, editor and diff: colours from the antd theme, a
 * highlight style for light and one for dark, CodeMirror's phrases in the current language.
 */
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorState, type Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { theme, type GlobalToken } from 'antd';
import { useMemo } from 'react';
import { useLocale } from '../../i18n/i18n';
import { codeMirrorPhrasesZh } from './messages';

/** The editor colours for the current antd theme. */
function codeColours(token: GlobalToken) {
  return {
    background: token.colorBgContainer,
    text: token.colorText,
    gutterBackground: token.colorFillQuaternary,
    gutterText: token.colorTextTertiary,
    border: token.colorBorderSecondary,
    selection: token.colorPrimaryBg,
    activeLine: token.colorFillQuaternary,
    fontFamily: token.fontFamilyCode,
  };
}

type CodeColours = ReturnType<typeof codeColours>;

function editorTheme(colours: CodeColours, dark: boolean) {
  return EditorView.theme(
    {
      '&': {
        backgroundColor: colours.background,
        color: colours.text,
        border: `1px solid ${colours.border}`,
        borderRadius: '6px',
        maxHeight: '520px',
        fontSize: '13px',
      },
      '&.cm-focused': { outline: `2px solid ${colours.selection}` },
      '.cm-scroller': { overflow: 'auto', fontFamily: colours.fontFamily, lineHeight: '1.55' },
      '.cm-gutters': {
        backgroundColor: colours.gutterBackground,
        color: colours.gutterText,
        borderRight: `1px solid ${colours.border}`,
      },
      '.cm-activeLine, .cm-activeLineGutter': { backgroundColor: colours.activeLine },
      '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': {
        backgroundColor: `${colours.selection} !important`,
      },
      '.cm-cursor': { borderLeftColor: colours.text },
      '.cm-panels': { backgroundColor: colours.gutterBackground, color: colours.text },
      '.cm-panels input, .cm-panels button': { color: colours.text },
      '.cm-panel.cm-search': { padding: '6px 8px', fontSize: '13px' },
      '.cm-textfield': {
        backgroundColor: colours.background,
        border: `1px solid ${colours.border}`,
        borderRadius: '4px',
        padding: '2px 6px',
      },
      '.cm-button': {
        backgroundImage: 'none',
        backgroundColor: colours.background,
        border: `1px solid ${colours.border}`,
        borderRadius: '4px',
        padding: '2px 8px',
      },
      '.cm-searchMatch': { backgroundColor: dark ? '#6b5a00' : '#ffe58f' },
      '.cm-searchMatch.cm-searchMatch-selected': { backgroundColor: dark ? '#a07800' : '#ffc53d' },
    },
    { dark },
  );
}

const lightHighlight = HighlightStyle.define([
  { tag: [tags.propertyName, tags.definition(tags.propertyName)], color: '#0451a5' },
  { tag: [tags.string, tags.special(tags.string)], color: '#a31515' },
  { tag: [tags.number, tags.bool, tags.null, tags.atom], color: '#098658' },
  { tag: [tags.keyword, tags.typeName, tags.labelName], color: '#af00db' },
  { tag: [tags.comment, tags.lineComment], color: '#6a737d', fontStyle: 'italic' },
  { tag: [tags.meta, tags.processingInstruction, tags.punctuation, tags.separator], color: '#586069' },
  { tag: tags.content, color: '#1f2328' },
]);

const darkHighlight = HighlightStyle.define([
  { tag: [tags.propertyName, tags.definition(tags.propertyName)], color: '#79c0ff' },
  { tag: [tags.string, tags.special(tags.string)], color: '#ffa198' },
  { tag: [tags.number, tags.bool, tags.null, tags.atom], color: '#7ee787' },
  { tag: [tags.keyword, tags.typeName, tags.labelName], color: '#d2a8ff' },
  { tag: [tags.comment, tags.lineComment], color: '#8b949e', fontStyle: 'italic' },
  { tag: [tags.meta, tags.processingInstruction, tags.punctuation, tags.separator], color: '#a0a8b2' },
  { tag: tags.content, color: '#e6edf3' },
]);

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
  const key = JSON.stringify(codeColours(token));
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
