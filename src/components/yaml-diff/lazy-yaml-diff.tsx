import { lazyCodeView } from '../code-loading';
import { yamlDiffMessages } from './messages';

export const LazyYamlDiff = lazyCodeView(() => import('./yaml-diff'), 'YamlDiff', yamlDiffMessages, 4);
