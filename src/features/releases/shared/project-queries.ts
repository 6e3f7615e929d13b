/** Query factories for projects and the other read endpoints around versions. */
import { queryOptions } from '@tanstack/react-query';
import {
  getEnvironment,
  getHealth,
  getServiceValues,
  getServiceYaml,
  listEnvironments,
  listProjects,
  listRegistries,
  listServiceTemplates,
  type ServiceInEnv,
} from '../../../api/catalog';

const STATIC = 5 * 60_000;

export const projectQueries = {
  health: () =>
    queryOptions({ queryKey: ['health'], queryFn: ({ signal }) => getHealth(signal), staleTime: STATIC }),
  list: () =>
    queryOptions({
      queryKey: ['projects'],
      queryFn: ({ signal }) => listProjects(signal),
      staleTime: STATIC,
    }),
  environments: (projectKey: string) =>
    queryOptions({
      queryKey: ['projects', projectKey, 'environments'],
      queryFn: ({ signal }) => listEnvironments(projectKey, signal),
      staleTime: 60_000,
    }),
  environment: (projectKey: string, envName: string) =>
    queryOptions({
      queryKey: ['projects', projectKey, 'environments', envName],
      queryFn: ({ signal }) => getEnvironment(projectKey, envName, signal),
      staleTime: 60_000,
    }),
  serviceYaml: ({ projectKey, envName, serviceName }: ServiceInEnv) =>
    queryOptions({
      queryKey: ['projects', projectKey, 'environments', envName, 'yaml', serviceName],
      queryFn: ({ signal }) => getServiceYaml({ projectKey, envName, serviceName }, signal),
      staleTime: 60_000,
    }),
  serviceValues: ({ projectKey, envName, serviceName }: ServiceInEnv) =>
    queryOptions({
      queryKey: ['projects', projectKey, 'environments', envName, 'values', serviceName],
      queryFn: ({ signal }) => getServiceValues({ projectKey, envName, serviceName }, signal),
      staleTime: 60_000,
    }),
  serviceTemplates: (projectKey: string) =>
    queryOptions({
      queryKey: ['projects', projectKey, 'service-templates'],
      queryFn: ({ signal }) => listServiceTemplates(projectKey, signal),
      staleTime: STATIC,
    }),
  registries: () =>
    queryOptions({
      queryKey: ['registries'],
      queryFn: ({ signal }) => listRegistries(signal),
      staleTime: STATIC,
    }),
};
