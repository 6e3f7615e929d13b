/**
 * Sends the create request, then reads the new version by name from the console's server (the API answers without an id).
 * Owns its invalidation: every cached read of versions is marked stale, and the pages opened next read
 * afresh. The wizard's own reads (every version, the details behind its overwrite check) are not read
 * again while the user waits: the wizard is left right after a create.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReleaseSummary } from '../../../api/model';
import { createHelmRelease, createK8sRelease } from '../../../api/releases';
import { getVersion } from '../../../api/versions';
import { releaseQueries } from '../queries';
import type { CreateRequest } from './to-create-request';

export interface CreateResult {
  name: string;
  /** The new version, or null when it is not listed yet (or the look-up failed). */
  found: ReleaseSummary | null;
}

export function useCreateRelease(projectKey: string) {
  const client = useQueryClient();
  return useMutation<CreateResult, Error, CreateRequest>({
    mutationKey: ['releases', 'create', projectKey],
    mutationFn: async (request) => {
      if (request.type === 'K8SYaml') await createK8sRelease(request.body);
      else await createHelmRelease(request.body);
      const name = request.body.version_name;
      // The version exists now; a failed look-up must not turn the create into an error.
      const found = await getVersion(projectKey, name).catch(() => null);
      return { name, found };
    },
    onSuccess: () =>
      client.invalidateQueries({ queryKey: releaseQueries.project(projectKey), refetchType: 'none' }),
  });
}
