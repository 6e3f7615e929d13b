import { defineMessages } from '../../i18n/i18n';

export const imageChipMessages = defineMessages({
  'zh-CN': {
    copy: '复制镜像 {image}',
    copied: '已复制 {image}',
    copyFailed: '无法使用剪贴板：请把鼠标停在镜像上查看完整地址，再手动复制。',
  },
  'en-US': {
    copy: 'Copy image {image}',
    copied: 'Copied {image}',
    copyFailed: 'The clipboard is not available: hover over the image to see it in full and copy it by hand.',
  },
});
