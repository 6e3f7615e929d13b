import { lazyCodeView } from '../code-loading';
import { yamlEditorMessages } from './messages';
import type { YamlEditorProps } from './yaml-editor';

export const LazyYamlEditor = lazyCodeView<YamlEditorProps>(
  async () => (await import('./yaml-editor')).YamlEditor,
  yamlEditorMessages,
);
