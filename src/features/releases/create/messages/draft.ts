import { defineMessages } from '../../../../i18n/i18n';

/** Texts of the draft notices: one draft per project and tab, which typing in the fresh form replaces. */
export const draftMessages = defineMessages({
  'zh-CN': {
    replaceHint: '直接在下方表单中输入会开始一份新草稿，并替换这份草稿。',
    othersHint:
      '这份草稿来自另一个标签页或窗口。直接在下方表单中输入会开始本标签页自己的草稿，这份草稿仍会保留。',
    'replaced.title': '已开始新的草稿',
    'replaced.text': '你在下方输入的内容已替换之前的草稿（{name}，上次编辑：',
    'replaced.textEnd': '）。在离开此页面前仍可找回之前的草稿。',
    'replaced.restore': '找回之前的草稿',
    'replaced.restoreHint': '找回后，你刚才输入的内容将被之前的草稿替换。',
    'replaced.dismiss': '关闭提示',
    'notKept.title': '此草稿未保存在浏览器中',
    'notKept.tooLarge':
      '草稿中的 YAML 超过 100 万个字符，浏览器无法保存。刷新或关闭此页面会丢失尚未创建的内容：请先创建版本，或把 YAML 另存一份。',
    'notKept.storage':
      '浏览器的存储空间已满或不可用，草稿无法保存。刷新或关闭此页面会丢失尚未创建的内容：请先创建版本，或把内容另存一份。',
    'created.title': '版本 {name} 已创建',
    'created.text': '下方是一个新的空白表单，可以开始创建另一个版本。',
    'created.open': '打开版本 {name}',
    'unreachable.title': '还不能打开“{asked}”这一步',
    'unreachable.text':
      '它之前的步骤还没有完成。现在显示的是可以打开的最后一步“{shown}”：“下一步”旁说明了还缺什么。',
  },
  'en-US': {
    replaceHint: 'Typing in the form below starts a new draft that replaces this one.',
    othersHint:
      'This draft comes from another tab or window. Typing in the form below starts a draft of this tab’s own; this one is kept.',
    'replaced.title': 'New draft started',
    'replaced.text': 'What you are typing below replaced your earlier draft ({name}, last edited',
    'replaced.textEnd': '). You can bring it back until you leave this page.',
    'replaced.restore': 'Bring back the earlier draft',
    'replaced.restoreHint': 'What you typed since will be replaced by the earlier draft.',
    'replaced.dismiss': 'Close this note',
    'notKept.title': 'This draft is not kept in the browser',
    'notKept.tooLarge':
      'Its YAML is over a million characters, more than the browser can keep. A reload or closing this page loses what is not created yet: create the version first, or keep a copy of the YAML elsewhere.',
    'notKept.storage':
      'The browser’s storage is full or unavailable, so the draft cannot be saved. A reload or closing this page loses what is not created yet: create the version first, or keep a copy elsewhere.',
    'created.title': 'Version {name} was created',
    'created.text': 'The form below is a new, empty one for another version.',
    'created.open': 'Open version {name}',
    'unreachable.title': 'The step “{asked}” cannot open yet',
    'unreachable.text':
      'A step before it is not finished. This is “{shown}”, the furthest step that can open; what it still needs is shown beside Next.',
  },
});
