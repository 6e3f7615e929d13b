import { defineMessages } from '../../i18n/i18n';

export const yamlEditorMessages = defineMessages({
  'zh-CN': {
    loading: '正在加载编辑器…',
    problem: '第 {line} 行：{message}',
    problemCount: '{count} 处 YAML 语法错误，第一处在第 {line} 行：{message}',
    ok: 'YAML 语法正确',
    keys: 'Tab 键用于缩进。用键盘离开编辑器：先按 Esc，再按 Tab。',
  },
  'en-US': {
    loading: 'Loading the editor…',
    problem: 'Line {line}: {message}',
    problemCount:
      '{count, plural, one {# YAML syntax error, on line {line}: {message}} other {# YAML syntax errors, the first on line {line}: {message}}}',
    ok: 'YAML syntax is valid',
    keys: 'Tab indents. To leave the editor with the keyboard, press Esc, then Tab.',
  },
});
