/** Strings shared by several features: statuses, types, sources, common actions. */
import { defineMessages } from './i18n';

export const commonMessages = defineMessages({
  'zh-CN': {
    productName: 'Zadig 版本管理',
    'status.creating': '创建中',
    'status.retrying': '重试中',
    'status.success': '成功',
    'status.failed': '失败',
    'type.K8SYaml': 'K8s YAML',
    'type.HelmChart': 'Helm Chart',
    'source.manual': '手动',
    'source.from_env': '从环境',
    'source.from_version': '从版本',
    'action.retry': '重试',
    'action.delete': '删除',
    'action.cancel': '取消',
    'action.newRelease': '新建版本',
    'action.backToList': '返回版本列表',
    empty: '—',
    production: '生产',
    /** A name and what it names, e.g. an accessible label `查看 YAML：storefront`. */
    pair: '{label}：{value}',
  },
  'en-US': {
    productName: 'Zadig Releases',
    'status.creating': 'Creating',
    'status.retrying': 'Retrying',
    'status.success': 'Success',
    'status.failed': 'Failed',
    'type.K8SYaml': 'K8s YAML',
    'type.HelmChart': 'Helm chart',
    'source.manual': 'Manual',
    'source.from_env': 'From environment',
    'source.from_version': 'From version',
    'action.retry': 'Retry',
    'action.delete': 'Delete',
    'action.cancel': 'Cancel',
    'action.newRelease': 'New version',
    'action.backToList': 'Back to versions',
    empty: '—',
    production: 'Production',
    pair: '{label}: {value}',
  },
});

export type CommonKey = keyof (typeof commonMessages)['en-US'];

/** The translated word for a known value under `prefix`, or the raw value for anything else. */
export function labelFor(
  t: (key: CommonKey) => string,
  prefix: 'status' | 'type' | 'source',
  value: string,
): string {
  const key = `${prefix}.${value}`;
  return key in commonMessages['en-US'] ? t(key as CommonKey) : value;
}
