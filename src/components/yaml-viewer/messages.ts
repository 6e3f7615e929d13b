import { defineMessages } from '../../i18n/i18n';

export const yamlViewerMessages = defineMessages({
  'zh-CN': {
    copy: '复制',
    copied: '已复制到剪贴板',
    copyFailed: '无法访问剪贴板：请在编辑器中全选（Ctrl+A）后手动复制。',
    download: '下载',
    search: '搜索',
    loading: '正在加载查看器…',
    lines: '{count} 行',
  },
  'en-US': {
    copy: 'Copy',
    copied: 'Copied to the clipboard',
    copyFailed: 'The clipboard is not available: select all in the viewer (Ctrl+A) and copy by hand.',
    download: 'Download',
    search: 'Search',
    loading: 'Loading the viewer…',
    lines: '{count, plural, one {# line} other {# lines}}',
  },
});

/** CodeMirror's own phrases (search panel) in Chinese; English is CodeMirror's default. */
export const codeMirrorPhrasesZh: Record<string, string> = {
  Find: '查找',
  Replace: '替换',
  next: '下一个',
  previous: '上一个',
  all: '全部',
  'match case': '区分大小写',
  regexp: '正则表达式',
  'by word': '全词匹配',
  replace: '替换',
  'replace all': '全部替换',
  close: '关闭',
  'current match': '当前匹配',
  'replaced $ matches': '已替换 $ 处',
  'replaced match on line $': '已替换第 $ 行的匹配',
  'on line': '行',
  'Go to line': '跳转到行',
  go: '跳转',
  'Folded lines': '已折叠的行',
  'Unfolded lines': '已展开的行',
  'Fold line': '折叠',
  'Unfold line': '展开',
};
