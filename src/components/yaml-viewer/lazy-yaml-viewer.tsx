import { lazyCodeView } from '../code-loading';
import { yamlViewerMessages } from './messages';

export const LazyYamlViewer = lazyCodeView(() => import('./yaml-viewer'), 'YamlViewer', yamlViewerMessages);
