/** The version index of a project for the signed-in user, read only when a page needs it. */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { readToken, subscribeToken } from '../../auth/token-store';
import { projectQueries } from '../shared/project-queries';
import type { IndexScope } from './index-store';
import { tokenIdentity } from './index-store';
import { versionIndexQueries } from './queries';

/** Which index: the Zadig host, the project and who is signed in (null until all three are known). */
export function useIndexScope(projectKey: string): IndexScope | null {
  const health = useQuery(projectQueries.health());
  const token = useSyncExternalStore(subscribeToken, readToken, () => null);
  const [identity, setIdentity] = useState<{ token: string | null; id: string } | null>(null);

  useEffect(() => {
    let current = true;
    void tokenIdentity(token).then((id) => {
      if (current) setIdentity({ token, id });
    });
    return () => {
      current = false;
    };
  }, [token]);

  if (health.isPending || !identity || identity.token !== token) return null;
  const host = health.data?.mode === 'sandbox' ? 'sandbox' : (health.data?.zadigHost ?? 'unknown');
  return { host, projectKey, identity: identity.id };
}

export function useVersionIndex(projectKey: string, enabled = true) {
  const scope = useIndexScope(projectKey);
  const placeholder: IndexScope = { host: '', projectKey, identity: 'memory:none' };
  return useQuery({ ...versionIndexQueries.index(scope ?? placeholder), enabled: enabled && scope !== null });
}
