import { lazy, Suspense } from 'react';
import { useT } from '../../i18n/i18n';
import { CodeLoading } from '../code-loading';
import { yamlViewerMessages } from './messages';
import type { YamlViewerProps } from './yaml-viewer';
import { retryingImport } from '../../lib/retrying-import';

const YamlViewerImpl = lazy(async () => ({
  default: (await retryingImport(() => import('./yaml-viewer'))).YamlViewer,
}));

/** The YAML viewer, fetched the first time one is shown (CodeMirror stays out of the first page). */
export function LazyYamlViewer(props: YamlViewerProps) {
  const t = useT(yamlViewerMessages);
  return (
    <Suspense fallback={<CodeLoading label={t('loading')} />}>
      <YamlViewerImpl {...props} />
    </Suspense>
  );
}
