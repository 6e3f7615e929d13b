/**
 * Creating, retrying and deleting delivery versions in the sandbox: the checks real Zadig makes (and
 * some more), then one transaction per state change. The worker does the copying afterwards.
 */
import {
  type CreateHelmReleaseRequest,
  type CreateK8sReleaseRequest,
  type ImagePath,
  type ReleaseType,
} from '../../src/api/schemas';
import { parseImageRef } from '../../src/lib/image-ref';
import { substituteHelmValues, substituteK8sYaml } from '../../src/lib/substitute-images';
import { badRequest, internalError, typedError } from '../http';
import type { Reference } from './reference';
import { decideImages, decideYaml } from './server-decided';
import { imageFromRow, parseJson, type NewRelease, type ReleaseStore } from './store';

type CreateRequest = (CreateK8sReleaseRequest | CreateHelmReleaseRequest) & {
  chart_repo_name?: string;
  original_chart_repo_name?: string;
};

export const CODE_CREATE_FAILED = 6560;
export const CODE_DELETE_FAILED = 6562;
export const CODE_GET_FAILED = 6563;

export function versionNotFound(what: string) {
  return typedError(404, CODE_GET_FAILED, 'version not found', `${what} not found`);
}

/**
 * A delete names the project the version belongs to: one of another project is refused (404), so that
 * nothing answers "deleted" while nothing was. An id no project has stays a success (as real servers do).
 */
export function checkDeleteOwner(store: Pick<ReleaseStore, 'row'>, id: string, projectKey: string): void {
  const row = store.row(id);
  if (row && row.project_key !== projectKey) {
    throw versionNotFound(`version ${id} in project ${projectKey} (it belongs to another project)`);
  }
}

/** Checks beyond the wire schema that need the database; throws a 400 naming the field. */
function checkImages(body: CreateRequest): void {
  body.services.forEach((service, i) => {
    const containers = new Set<string>();
    service.images.forEach((image, j) => {
      const at = `services[${i}].images[${j}]`;
      if (containers.has(image.container_name))
        throw badRequest(`${at}.container_name: is listed twice in the service`);
      containers.add(image.container_name);
      const source = parseImageRef(image.source_image);
      if (source?.tag && source.tag !== image.source_image_tag) {
        throw badRequest(`${at}.source_image_tag: does not match the tag of source_image (${source.tag})`);
      }
      const target = parseImageRef(image.target_image);
      if (target?.tag && target.tag !== image.target_image_tag) {
        throw badRequest(`${at}.target_image_tag: does not match the tag of target_image (${target.tag})`);
      }
    });
  });
}

type Deps = { store: ReleaseStore; reference: Reference; now: number; createdBy: string };
type Base = { services: ReturnType<ReleaseStore['services']>; images: ReturnType<ReleaseStore['images']> };
type NewImage = NewRelease['services'][number]['images'][number];

/** The project, registry and name checks every create makes; throws a 400 naming the field. */
function checkTarget(type: ReleaseType, body: CreateRequest, { store, reference }: Deps): void {
  const project = reference.project(body.project_key);
  if (!project) throw badRequest(`project_key: project ${body.project_key} does not exist`);
  const wantDeploy = type === 'HelmChart' ? 'helm' : 'k8s';
  if (project.deploy_type !== wantDeploy) {
    throw badRequest(
      `project_key: project ${body.project_key} deploys with ${project.deploy_type}; ` +
        `create its versions with POST /openapi/delivery/releases/${project.deploy_type === 'helm' ? 'helm' : 'k8s'}`,
    );
  }
  if (!reference.registry(body.image_registry_id)) {
    throw badRequest(`image_registry_id: image registry ${body.image_registry_id} does not exist`);
  }
  checkImages(body);
  if (store.rowByName(body.project_key, body.version_name)) {
    throw typedError(
      400,
      CODE_CREATE_FAILED,
      'version already exist',
      `version ${body.version_name} already exist in project ${body.project_key}`,
    );
  }
}

/** Where the version comes from: its environment, production flag and base version (from_version). */
function resolveOrigin(type: ReleaseType, body: CreateRequest, { store, reference }: Deps) {
  let envName = body.env_name?.trim() ?? '';
  let production = body.production ?? false;
  if (body.source === 'from_env') {
    const env = reference.environment(body.project_key, envName);
    if (!env)
      throw badRequest(`env_name: environment ${envName} does not exist in project ${body.project_key}`);
    production = env.production === 1;
  }
  let base: Base | null = null;
  const originalVersion = body.source === 'from_version' ? (body.original_version_name?.trim() ?? '') : '';
  if (body.source === 'from_version') {
    // As Zadig v4.2+ (pkg/microservice/aslan/core/delivery/service/openapi.go): the base version is
    // `original_version_name`; without it, a plain error that the handler answers with a 500.
    if (!originalVersion)
      throw internalError('original version name is required when source is from version');
    const row = store.rowByName(body.project_key, originalVersion);
    if (!row) {
      throw badRequest(
        `original_version_name: version ${originalVersion} does not exist in project ${body.project_key}`,
      );
    }
    if (row.type !== type)
      throw badRequest(`original_version_name: version ${originalVersion} is ${row.type}, not ${type}`);
    base = { services: store.services(row.id), images: store.images(row.id) };
    if (!envName) envName = row.env_name;
    if (body.production === undefined) production = row.production === 1;
  }
  return { envName, production, base, originalVersion };
}

type Origin = ReturnType<typeof resolveOrigin>;
type ServiceRequest = CreateRequest['services'][number];
type BaseService = Base['services'][number];

/** A service's images: as sent; a from_version service sent without images copies the base version's. */
function serviceImages(
  type: ReleaseType,
  service: ServiceRequest,
  base: Base | null,
  baseService: BaseService | undefined,
): NewImage[] {
  let images: NewImage[] = service.images.map((img) => ({
    ...img,
    image_path: img.image_path ?? null,
    status: img.push_image ? 'waiting' : '',
    error: '',
  }));
  if (base && baseService && images.length === 0) {
    images = base.images
      .filter((img) => img.service_position === baseService.position)
      .map((img) => ({ ...imageFromRow(img), status: img.push_image === 1 ? 'waiting' : '', error: '' }));
  }
  if (type === 'HelmChart' && base && baseService) {
    // image paths left out are taken from the base version's image of the same container
    images = images.map((img) => {
      if (img.image_path) return img;
      const from = base.images.find(
        (b) => b.service_position === baseService.position && b.container_name === img.container_name,
      );
      return { ...img, image_path: parseJson<ImagePath | null>(from?.image_path ?? null, null) };
    });
  }
  if (type === 'K8SYaml') images = images.map((img) => ({ ...img, image_path: null }));
  return images;
}

function buildService(
  type: ReleaseType,
  body: CreateRequest,
  origin: Origin,
  reference: Reference,
): (service: ServiceRequest, i: number) => NewRelease['services'][number] {
  const { envName, base, originalVersion } = origin;
  return (service, i) => {
    const baseService = base?.services.find((s) => s.service_name === service.service_name);
    if (base && !baseService) {
      throw badRequest(
        `services[${i}].service_name: ${service.service_name} is not in version ${originalVersion}`,
      );
    }
    const envService =
      body.source === 'from_env'
        ? reference.envService(body.project_key, envName, service.service_name)
        : undefined;
    const template = reference.serviceTemplate(body.project_key, service.service_name);
    const decide = {
      type,
      source: body.source,
      projectKey: body.project_key,
      envName,
      originalVersion,
      serviceName: service.service_name,
      envService,
      baseService,
      baseImages: base?.images.filter((img) => img.service_position === baseService?.position) ?? [],
    };
    const images = decideImages(decide, serviceImages(type, service, base, baseService));
    const yaml =
      decideYaml(decide) ??
      service.yaml_content ??
      baseService?.yaml_content ??
      (type === 'HelmChart' ? envService?.values_yaml : envService?.yaml) ??
      template?.yaml ??
      '';
    const helm = type === 'HelmChart';
    return {
      service_name: service.service_name,
      chart_name: helm
        ? baseService?.chart_name || envService?.chart_name || template?.chart_name || service.service_name
        : '',
      original_chart_version: helm ? (service.original_chart_version ?? '') : '',
      chart_version: helm ? (service.chart_version ?? '') : '',
      chart_status: '',
      yaml_content: helm
        ? substituteHelmValues(yaml, images)
        : substituteK8sYaml(yaml, images, { source: body.source }),
      images,
    };
  };
}

export function buildRelease(type: ReleaseType, body: CreateRequest, deps: Deps): NewRelease {
  checkTarget(type, body, deps);
  const origin = resolveOrigin(type, body, deps);
  const services = body.services.map(buildService(type, body, origin, deps.reference));
  return {
    release: {
      project_key: body.project_key,
      version_name: body.version_name,
      type,
      source: body.source,
      env_name: origin.envName,
      production: origin.production,
      status: 'creating',
      error: '',
      labels: [...new Set(body.labels ?? [])],
      description: body.desc ?? '',
      image_registry_id: body.image_registry_id,
      chart_repo_name: type === 'HelmChart' ? (body.chart_repo_name ?? '') : '',
      original_version: origin.originalVersion,
      created_by: deps.createdBy,
      created_time: deps.now,
    },
    services,
  };
}
