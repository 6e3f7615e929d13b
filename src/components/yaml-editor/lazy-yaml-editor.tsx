import { lazy, Suspense } from 'react';
import { useT } from '../../i18n/i18n';
import { CodeLoading } from '../code-loading';
import { yamlEditorMessages } from './messages';
import type { YamlEditorProps } from './yaml-editor';
import { retryingImport } from '../../lib/retrying-import';

const YamlEditorImpl = lazy(async () => ({
  default: (await retryingImport(() => import('./yaml-editor'))).YamlEditor,
}));

/** The YAML editor, fetched the first time one is shown (CodeMirror stays out of the first page). */
export function LazyYamlEditor(props: YamlEditorProps) {
  const t = useT(yamlEditorMessages);
  return (
    <Suspense fallback={<CodeLoading label={t('loading')} />}>
      <YamlEditorImpl {...props} />
    </Suspense>
  );
}

export type { YamlEditorProps };
