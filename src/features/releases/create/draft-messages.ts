import { defineMessages } from '../../../i18n/i18n';

/** Texts of the draft notices: one draft per project, which typing in the fresh form replaces. */
export const draftMessages = defineMessages({
  'zh-CN': {
    replaceHint: '直接在下方表单中输入会开始一份新草稿，并替换这份草稿。',
    'replaced.title': '已开始新的草稿',
    'replaced.text': '你在下方输入的内容已替换之前的草稿（{name}，上次编辑：',
    'replaced.textEnd': '）。在离开此页面前仍可找回之前的草稿。',
    'replaced.restore': '找回之前的草稿',
    'replaced.restoreHint': '找回后，你刚才输入的内容将被之前的草稿替换。',
    'replaced.dismiss': '关闭提示',
    savedNote: '每个项目保存一份草稿，输入时自动保存。',
  },
  'en-US': {
    replaceHint: 'Typing in the form below starts a new draft that replaces this one.',
    'replaced.title': 'New draft started',
    'replaced.text': 'What you are typing below replaced your earlier draft ({name}, last edited',
    'replaced.textEnd': '). You can bring it back until you leave this page.',
    'replaced.restore': 'Bring back the earlier draft',
    'replaced.restoreHint': 'What you typed since will be replaced by the earlier draft.',
    'replaced.dismiss': 'Close this note',
    savedNote: 'One draft per project, saved as you type.',
  },
});
