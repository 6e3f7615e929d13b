import { defineMessages } from '../../i18n/i18n';

export const yamlDiffMessages = defineMessages({
  'zh-CN': {
    loading: '正在加载对比…',
    same: '与来源相同，没有改动。',
  },
  'en-US': {
    loading: 'Loading the comparison…',
    same: 'Same as the source: nothing changed.',
  },
});
