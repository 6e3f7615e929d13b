import { defineMessages } from '../../../i18n/i18n';

/** The image list export of a version (its detail page). */
export const imageListMessages = defineMessages({
  'zh-CN': {
    service: '服务',
    container: '容器',
    source: '源镜像',
    target: '目标镜像',
    chart: 'Chart',
    exportImages: '导出镜像列表',
    exportCopyMd: '复制为 Markdown',
    exportMd: '下载 Markdown',
    exportCsv: '下载 CSV',
    imagesCopied: '镜像列表已复制',
    copyFailed: '无法访问剪贴板，请下载 Markdown 文件',
  },
  'en-US': {
    service: 'Service',
    container: 'Container',
    source: 'Source',
    target: 'Target',
    chart: 'Chart',
    exportImages: 'Export images',
    exportCopyMd: 'Copy as Markdown',
    exportMd: 'Download Markdown',
    exportCsv: 'Download CSV',
    imagesCopied: 'Image list copied',
    copyFailed: 'The clipboard is not available: download the Markdown file instead',
  },
});
