import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import { useT } from '../../i18n/i18n';
import { yamlDiffMessages } from './messages';
import type { YamlDiffProps } from './yaml-diff';
import { retryingImport } from '../../lib/retrying-import';

const YamlDiffImpl = lazy(async () => ({
  default: (await retryingImport(() => import('./yaml-diff'))).YamlDiff,
}));

/** The YAML diff, fetched the first time one is shown. */
export function LazyYamlDiff(props: YamlDiffProps) {
  const t = useT(yamlDiffMessages);
  return (
    <Suspense
      fallback={
        <div aria-busy="true" aria-label={t('loading')}>
          <Skeleton active paragraph={{ rows: 4 }} title={false} />
        </div>
      }
    >
      <YamlDiffImpl {...props} />
    </Suspense>
  );
}

export type { YamlDiffProps };
