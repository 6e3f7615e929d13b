/** CodeMirror theming that follows antd's tokens, with a highlight style for light and one for dark. */
import { HighlightStyle } from '@codemirror/language';
import { EditorView } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import type { GlobalToken } from 'antd';

export interface CodeColours {
  background: string;
  text: string;
  gutterBackground: string;
  gutterText: string;
  border: string;
  selection: string;
  activeLine: string;
  fontFamily: string;
}

/** The editor colours for the current antd theme. */
export function codeColours(token: GlobalToken): CodeColours {
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

export function editorTheme(colours: CodeColours, dark: boolean) {
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

export const lightHighlight = HighlightStyle.define([
  { tag: [tags.propertyName, tags.definition(tags.propertyName)], color: '#0451a5' },
  { tag: [tags.string, tags.special(tags.string)], color: '#a31515' },
  { tag: [tags.number, tags.bool, tags.null, tags.atom], color: '#098658' },
  { tag: [tags.keyword, tags.typeName, tags.labelName], color: '#af00db' },
  { tag: [tags.comment, tags.lineComment], color: '#6a737d', fontStyle: 'italic' },
  { tag: [tags.meta, tags.processingInstruction, tags.punctuation, tags.separator], color: '#586069' },
  { tag: tags.content, color: '#1f2328' },
]);

export const darkHighlight = HighlightStyle.define([
  { tag: [tags.propertyName, tags.definition(tags.propertyName)], color: '#79c0ff' },
  { tag: [tags.string, tags.special(tags.string)], color: '#ffa198' },
  { tag: [tags.number, tags.bool, tags.null, tags.atom], color: '#7ee787' },
  { tag: [tags.keyword, tags.typeName, tags.labelName], color: '#d2a8ff' },
  { tag: [tags.comment, tags.lineComment], color: '#8b949e', fontStyle: 'italic' },
  { tag: [tags.meta, tags.processingInstruction, tags.punctuation, tags.separator], color: '#a0a8b2' },
  { tag: tags.content, color: '#e6edf3' },
]);
