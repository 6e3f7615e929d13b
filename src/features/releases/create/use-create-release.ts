/**
 * Sends the create request, then reads the new version by name from the console's server (the API answers without an id).
 * Owns its invalidation: every cached read of versions is marked stale, and the pages opened next read
 * afresh. The wizard's own reads (every version, the details behind its overwrite check) are not read
 * again while the user waits: the wizard is left right after a create.
 *
 * A create whose answer was lost (no answer, a timeout, a gateway's 502/503) may have been made all the same.
 * The version is then looked up by name: when it exists with this request's description, it is this
 * create's, and the create counts as made (`recovered`). Else the error stands, and the name stays this
 * wizard's own: "Try again" that Zadig refuses as a taken name looks the version up again, instead of
 * asking for another name and creating the version twice.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { isApiError } from '../../../api/errors';
import { isOutage } from '../../../api/outage';
import type { ReleaseSummary } from '../../../api/model';
import { createHelmRelease, createK8sRelease } from '../../../api/releases';
import { getVersion } from '../../../api/versions';
import { releaseQueries } from '../queries';
import { isBaseVersionGone } from './server-error-field';
import type { CreateRequest } from './to-create-request';

export interface CreateResult {
  name: string;
  /** The new version, or null when it is not listed yet (or the look-up failed). */
  found: ReleaseSummary | null;
  /** The create's answer was lost, and the version was found made. */
  recovered?: boolean;
}

export function useCreateRelease(projectKey: string) {
  const client = useQueryClient();
  // Names whose create's outcome is unknown: a later "taken" answer may be this wizard's own version.
  const unsure = useRef(new Set<string>());
  return useMutation<CreateResult, Error, CreateRequest>({
    mutationKey: ['releases', 'create', projectKey],
    mutationFn: async (request) => {
      const name = request.body.version_name;
      try {
        if (request.type === 'K8SYaml') await createK8sRelease(request.body);
        else await createHelmRelease(request.body);
      } catch (error) {
        // No answer (network, timeout, a gateway's 502/503): the create may have been made all the same.
        const unknown = isOutage(error);
        const takenAfterUnsure = unsure.current.has(name) && isApiError(error) && error.isDuplicateName;
        if (!unknown && !takenAfterUnsure) throw error;
        const found = await getVersion(projectKey, name).catch(() => null);
        if (found && found.description === (request.body.desc ?? '')) return { name, found, recovered: true };
        if (unknown) unsure.current.add(name);
        throw error;
      }
      // The version exists now; a failed look-up must not turn the create into an error.
      const found = await getVersion(projectKey, name).catch(() => null);
      return { name, found };
    },
    onSuccess: () =>
      client.invalidateQueries({ queryKey: releaseQueries.project(projectKey), refetchType: 'none' }),
    // The base version was deleted meanwhile: the project's versions are read again, so the wizard
    // (which stays open) no longer offers it.
    onError: (error) =>
      isApiError(error) && isBaseVersionGone(error.description || error.message)
        ? client.invalidateQueries({ queryKey: releaseQueries.project(projectKey) })
        : undefined,
  });
}
