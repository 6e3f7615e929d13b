import { lazyCodeView } from '../code-loading';
import { yamlDiffMessages } from './messages';
import type { YamlDiffProps } from './yaml-diff';

export const LazyYamlDiff = lazyCodeView<YamlDiffProps>(
  async () => (await import('./yaml-diff')).YamlDiff,
  yamlDiffMessages,
  4,
);
