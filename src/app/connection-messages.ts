import { defineMessages } from '../i18n/i18n';

export const connectionMessages = defineMessages({
  'zh-CN': {
    offline: '网络已断开，正在重试…页面上的内容可能不是最新的。',
    serverDown: '无法连接控制台，正在重试…页面上的内容可能不是最新的。',
    zadigDown: '无法连接 Zadig，正在重试…页面上的内容可能不是最新的。',
    checkNow: '立即重试',
  },
  'en-US': {
    offline: 'Offline — retrying… What is shown may be out of date.',
    serverDown: 'The console cannot be reached — retrying… What is shown may be out of date.',
    zadigDown: 'Zadig cannot be reached — retrying… What is shown may be out of date.',
    checkNow: 'Try now',
  },
});
