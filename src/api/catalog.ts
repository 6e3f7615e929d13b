/** The neighbouring read endpoints: projects, environments, registries, service templates, health. */
import { anyJson as json, apiRequest } from './client';
import { ApiError, toApiError } from './errors';
import { loadModule } from '../lib/retrying-import';
import type { Environment, EnvironmentDetail, Project, Registry, ServiceTemplate } from './model';
import { healthReader, normaliseProjects } from './read-list';
import type { HealthResponse } from './wire';

/**
 * Readers of the wizard's answers (zod): loaded when first needed, not with the version list. A load
 * that fails (the console's server unreachable) is a network failure like a failed request, so pages
 * show it as an outage and try again; the next attempt fetches the code again (`loadModule`).
 */
function normalisers(): Promise<typeof import('./normalise')> {
  return loadModule(() => import('./normalise')).catch((error: unknown) => {
    throw toApiError(error);
  });
}

export async function getHealth(signal?: AbortSignal): Promise<HealthResponse> {
  return apiRequest('/api/health', { schema: healthReader, signal });
}

/**
 * Checks an API token with the cheapest authenticated read (one project). `refused` when Zadig answers
 * 401; any other answer but a retryable failure means Zadig accepted it (a 403 only says the account
 * may not list projects). Network and server failures are thrown as ApiError.
 */
export async function verifyToken(token: string, signal?: AbortSignal): Promise<'ok' | 'refused'> {
  try {
    await apiRequest('/openapi/projects/project', { query: { pageNum: 1, pageSize: 1 }, token, signal });
    return 'ok';
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.status === 401) return 'refused';
    if (error.retryable) throw error;
    return 'ok';
  }
}

export async function listProjects(signal?: AbortSignal): Promise<Project[]> {
  const body = await apiRequest('/openapi/projects/project', {
    query: { pageNum: 1, pageSize: 500 },
    schema: json,
    signal,
  });
  return normaliseProjects(body).projects;
}

/** Test and production environments together (production ones come from their own endpoint). */
export async function listEnvironments(projectKey: string, signal?: AbortSignal): Promise<Environment[]> {
  const reading = normalisers();
  const [regular, production] = await Promise.all([
    apiRequest('/openapi/environments', { query: { projectKey }, schema: json, signal }),
    apiRequest('/openapi/environments/production', { query: { projectKey }, schema: json, signal }).catch(
      (error: unknown) => {
        // Servers without production environments may not have the route.
        if (error instanceof ApiError && error.status === 404) return [];
        throw error;
      },
    ),
  ]);
  const { normaliseEnvironments } = await reading;
  const all = [
    ...normaliseEnvironments(regular),
    ...normaliseEnvironments(production).map((e) => ({ ...e, production: true })),
  ];
  const seen = new Set<string>();
  return all.filter((e) => (seen.has(e.name) ? false : (seen.add(e.name), true)));
}

export async function getEnvironment(
  projectKey: string,
  envName: string,
  signal?: AbortSignal,
): Promise<EnvironmentDetail> {
  const body = await apiRequest(`/openapi/environments/${encodeURIComponent(envName)}`, {
    query: { projectKey },
    schema: json,
    signal,
  });
  return (await normalisers()).normaliseEnvironmentDetail(body);
}

export interface ServiceInEnv {
  projectKey: string;
  envName: string;
  serviceName: string;
}

/** A service's text in an environment (plain text): a K8s service's rendered `yaml`, a Helm one's `values`. */
const serviceText =
  (what: 'yaml' | 'values') =>
  (ref: ServiceInEnv, signal?: AbortSignal): Promise<string> =>
    apiRequest(`/openapi/environments/service/${what}`, {
      query: { projectKey: ref.projectKey, envName: ref.envName, serviceName: ref.serviceName },
      signal,
    });

export const getServiceYaml = serviceText('yaml');
export const getServiceValues = serviceText('values');

export async function listRegistries(signal?: AbortSignal): Promise<Registry[]> {
  const body = await apiRequest('/openapi/system/registry', { schema: json, signal });
  return (await normalisers()).normaliseRegistries(body);
}

export async function listServiceTemplates(
  projectKey: string,
  signal?: AbortSignal,
): Promise<ServiceTemplate[]> {
  const body = await apiRequest('/openapi/service/yaml/services', {
    query: { projectKey },
    schema: json,
    signal,
  });
  return (await normalisers()).normaliseServiceTemplates(body);
}
