import { lazyCodeView } from '../code-loading';
import { yamlViewerMessages } from './messages';
import type { YamlViewerProps } from './yaml-viewer';

export const LazyYamlViewer = lazyCodeView<YamlViewerProps>(
  async () => (await import('./yaml-viewer')).YamlViewer,
  yamlViewerMessages,
);
