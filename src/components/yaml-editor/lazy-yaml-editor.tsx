import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import { useT } from '../../i18n/i18n';
import { yamlEditorMessages } from './messages';
import type { YamlEditorProps } from './yaml-editor';

const YamlEditorImpl = lazy(async () => ({ default: (await import('./yaml-editor')).YamlEditor }));

/** The YAML editor, fetched the first time one is shown (CodeMirror stays out of the first page). */
export function LazyYamlEditor(props: YamlEditorProps) {
  const t = useT(yamlEditorMessages);
  return (
    <Suspense
      fallback={
        <div aria-busy="true" aria-label={t('loading')}>
          <Skeleton active paragraph={{ rows: 6 }} title={false} />
        </div>
      }
    >
      <YamlEditorImpl {...props} />
    </Suspense>
  );
}

export type { YamlEditorProps };
