/**
 * Normalisers: wire payloads (documented or real-server names, missing optional fields) → domain model.
 * Each returns a value or throws an `ApiError` of kind `invalid-response`; nothing else escapes.
 * The version list's answers are read in `read-list.ts` (without zod, for the first load).
 */
import { parseResponse } from './client';
import { toMillis } from './read-list';
import type {
  Environment,
  EnvironmentDetail,
  Registry,
  ReleaseDetail,
  ReleaseImage,
  ReleaseService,
  ServiceTemplate,
} from './model';
import {
  environmentDetailResponseSchema,
  environmentListResponseSchema,
  registryListResponseSchema,
  releaseDetailWireSchema,
  serviceTemplateListResponseSchema,
} from './wire';
import type * as z from 'zod/mini';

type ImageWire = z.output<typeof releaseDetailWireSchema>['services'][number]['images'][number];
type ServiceWire = z.output<typeof releaseDetailWireSchema>['services'][number];

function normaliseImage(image: ImageWire): ReleaseImage {
  return {
    containerName: image.container_name,
    imageName: image.image_name,
    sourceImage: image.source_image,
    sourceImageTag: image.source_image_tag,
    targetImage: image.target_image,
    targetImageTag: image.target_image_tag,
    imagePath: image.image_path,
    pushImage: image.push_image,
    status: image.status,
    error: image.error,
  };
}

function normaliseService(service: ServiceWire): ReleaseService {
  return {
    serviceName: service.service_name,
    chartName: service.chart_name,
    chartVersion: service.chart_version,
    chartStatus: service.chart_status,
    yamlContent: service.yaml_content,
    error: service.error,
    images: service.images.map(normaliseImage),
  };
}

/**
 * `known` fills what real servers leave out of the detail (they send no `id`): the id and project the
 * caller knows. An id nobody knows stays '' (never the name: an action sent with it would name no
 * version, or another one).
 */
export function normaliseReleaseDetail(
  json: unknown,
  known: { id?: string; projectKey?: string } = {},
): ReleaseDetail {
  const wire = parseResponse(releaseDetailWireSchema, json);
  const name = wire.version_name ?? wire.version ?? '';
  return {
    id: wire.id || known.id || '',
    name,
    projectKey: wire.project_key ?? wire.project_name ?? known.projectKey ?? '',
    type: wire.type,
    source: wire.source,
    status: wire.status,
    labels: wire.labels,
    description: wire.description ?? wire.desc ?? '',
    createdBy: wire.created_by,
    createdAt: toMillis(wire.created_time ?? wire.created_at),
    envName: wire.env_name,
    production: wire.production,
    error: wire.error,
    imageRegistryId: wire.image_registry_id,
    chartRepoName: wire.chart_repo_name,
    services: wire.services.map(normaliseService),
  };
}

export function normaliseEnvironments(json: unknown): Environment[] {
  return parseResponse(environmentListResponseSchema, json).map((e) => ({
    name: e.env_key,
    namespace: e.namespace,
    production: e.production,
    registryId: e.registry_id,
    status: e.status,
  }));
}

export function normaliseEnvironmentDetail(json: unknown): EnvironmentDetail {
  const wire = parseResponse(environmentDetailResponseSchema, json);
  return {
    name: wire.env_key,
    registryId: wire.registry_id,
    production: wire.production,
    services: wire.services.map((s) => ({
      serviceName: s.service_name,
      type: s.type,
      status: s.status,
      containers: s.containers.map((c) => ({
        name: c.name,
        image: c.image,
        imageName: c.image_name,
        imagePath: c.image_path,
      })),
    })),
  };
}

export function normaliseRegistries(json: unknown): Registry[] {
  return parseResponse(registryListResponseSchema, json).map((r) => ({
    id: r.registry_id,
    address: r.address,
    provider: r.provider,
    region: r.region,
    namespace: r.namespace,
    isDefault: r.is_default,
  }));
}

export function normaliseServiceTemplates(json: unknown): ServiceTemplate[] {
  return parseResponse(serviceTemplateListResponseSchema, json).map((s) => ({
    serviceName: s.service_name,
    source: s.source,
    type: s.type,
    containers: s.containers.map((c) => ({ name: c.name, image: c.image, imageName: c.image_name })),
  }));
}

export { normaliseProjects, normaliseReleasePage, toMillis } from './read-list';
