import { defineMessages } from '../../../i18n/i18n';

/** A version deleted elsewhere (another tab, another user). */
export const goneMessages = defineMessages({
  'zh-CN': {
    'gone.title': '版本 {name} 已被删除',
    'gone.text': '服务器上已没有这个版本（可能在另一个标签页或由其他用户删除）。下方是最后一次读取到的内容。',
    'gone.alreadyDeleted': '{name} 已经被删除（在别处删除），无需再次删除。版本列表已刷新。',
  },
  'en-US': {
    'gone.title': 'Version {name} was deleted',
    'gone.text':
      'The server no longer has this version (deleted in another tab or by another user). Below is what was last read.',
    'gone.alreadyDeleted':
      '{name} was already deleted elsewhere; nothing to delete. The list has been refreshed.',
  },
});
