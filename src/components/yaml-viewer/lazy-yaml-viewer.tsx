import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import { useT } from '../../i18n/i18n';
import { yamlViewerMessages } from './messages';
import type { YamlViewerProps } from './yaml-viewer';

const YamlViewerImpl = lazy(async () => ({ default: (await import('./yaml-viewer')).YamlViewer }));

/** The YAML viewer, fetched the first time one is shown (CodeMirror stays out of the first page). */
export function LazyYamlViewer(props: YamlViewerProps) {
  const t = useT(yamlViewerMessages);
  return (
    <Suspense
      fallback={
        <div aria-busy="true" aria-label={t('loading')}>
          <Skeleton active paragraph={{ rows: 6 }} title={false} />
        </div>
      }
    >
      <YamlViewerImpl {...props} />
    </Suspense>
  );
}
