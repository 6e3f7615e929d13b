/**
 * Helm manual versions: the image paths the project's environments already run each service with, so
 * a service added from its template starts with them (Zadig 4.2+ take the template's; older servers
 * the request's). Reads the environment list and the details of up to MAX_ENVS environments,
 * non-production first.
 */
import { useQueries, useQuery } from '@tanstack/react-query';
import { projectQueries } from '../shared/project-queries';
import { knownImagePaths, type KnownImagePaths } from './prefill';

const MAX_ENVS = 3;

export function useKnownImagePaths(projectKey: string, enabled: boolean): KnownImagePaths {
  const envs = useQuery({ ...projectQueries.environments(projectKey), enabled });
  const names = [...(envs.data ?? [])]
    .sort((a, b) => Number(a.production) - Number(b.production))
    .slice(0, MAX_ENVS)
    .map((e) => e.name);
  const details = useQueries({
    queries: names.map((name) => ({ ...projectQueries.environment(projectKey, name), enabled })),
  });
  return knownImagePaths(details.map((d) => d.data));
}
