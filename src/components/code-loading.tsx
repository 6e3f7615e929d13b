import { Skeleton } from 'antd';
import { lazy, Suspense, type ComponentType } from 'react';
import { useT, type Catalogue } from '../i18n/i18n';
import { retryingImport } from '../lib/retrying-import';

/** What stands in for a code view (viewer, editor, diff) while its code is fetched. */
export function CodeLoading({ label, rows = 6 }: { label: string; rows?: number }) {
  return (
    <div aria-busy="true" aria-label={label}>
      <Skeleton active paragraph={{ rows }} title={false} />
    </div>
  );
}

/**
 * A code view fetched the first time one is shown (CodeMirror stays out of the first page), with its
 * catalogue's `loading` text on the stand-in.
 */
export function lazyCodeView<P extends object, K extends string>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
  messages: Catalogue<'loading'>,
  rows?: number,
) {
  // `load` gives the module (retryingImport may load it again under a fresh address), then its view.
  const View = lazy(async () => {
    const view: ComponentType<P> = (await retryingImport(load))[name];
    return { default: view };
  });
  return function LazyCodeView(props: P) {
    const t = useT(messages);
    return (
      <Suspense fallback={<CodeLoading label={t('loading')} rows={rows} />}>
        <View {...props} />
      </Suspense>
    );
  };
}
