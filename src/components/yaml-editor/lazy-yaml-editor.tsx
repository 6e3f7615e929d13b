import { lazyCodeView } from '../code-loading';
import { yamlEditorMessages } from './messages';

export const LazyYamlEditor = lazyCodeView(() => import('./yaml-editor'), 'YamlEditor', yamlEditorMessages);
