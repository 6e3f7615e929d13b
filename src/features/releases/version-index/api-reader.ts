/** The version index's reads against the API, and the page-visibility wait that pauses them. */
import { ApiError } from '../../../api/errors';
import { getRelease, listReleases } from '../../../api/releases';
import { INDEX_PAGE_SIZE } from './index-model';
import type { IndexReader } from './refresh';

export function apiReader(projectKey: string): IndexReader {
  return {
    page: (page, signal) => listReleases({ projectKey, page, size: INDEX_PAGE_SIZE }, signal),
    follow: async (version, signal) => {
      try {
        const detail = await getRelease({ projectKey, id: version.id, name: version.name }, signal);
        return {
          status: detail.status,
          labels: detail.labels,
          description: detail.description,
          name: detail.name,
        };
      } catch (error) {
        if (error instanceof ApiError && error.kind === 'not-found') return 'gone';
        throw error;
      }
    },
  };
}

/** Resolves at once while the page is visible, else when it becomes visible again. */
export function whenVisible(signal: AbortSignal): Promise<void> {
  if (typeof document === 'undefined' || document.visibilityState !== 'hidden') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = () => {
      document.removeEventListener('visibilitychange', onChange);
      signal.removeEventListener('abort', onAbort);
    };
    const onChange = () => {
      if (document.visibilityState === 'hidden') return;
      done();
      resolve();
    };
    const onAbort = () => {
      done();
      reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
    };
    document.addEventListener('visibilitychange', onChange);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
