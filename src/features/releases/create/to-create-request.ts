/**
 * The form → wire mapping: turns what the user filled in into the exact create request of the contract
 * (`CreateK8sReleaseRequest` / `CreateHelmReleaseRequest`), and checks it with the wire schema before
 * it is sent.
 */
import type { Registry } from '../../../api/model';
import {
  createHelmReleaseRequestSchema,
  createK8sReleaseRequestSchema,
  type CreateHelmReleaseRequest,
  type CreateImageRequest,
  type CreateK8sReleaseRequest,
  type CreateServiceRequest,
  type ImagePath,
} from '../../../api/schemas';
import {
  includedServices,
  type ImageForm,
  type ImagePathForm,
  type ServiceForm,
  type WizardForm,
} from './form-model';
import { yamlDecidedBy } from './server-decided';
import { substituteHelmValues, substituteK8sYaml } from '../../../lib/substitute-images';

export interface MappingContext {
  projectKey: string;
  registries: readonly Registry[];
}

export type CreateRequest =
  { type: 'K8SYaml'; body: CreateK8sReleaseRequest } | { type: 'HelmChart'; body: CreateHelmReleaseRequest };

function imagePathOf(path: ImagePathForm): ImagePath | undefined {
  const out: ImagePath = {};
  for (const key of ['repo', 'namespace', 'image', 'tag'] as const) {
    const value = path[key].trim();
    if (value) out[key] = value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function toImage(image: ImageForm, form: WizardForm, registry: Registry | undefined): CreateImageRequest {
  const sourceTag = image.sourceTag.trim();
  const targetTag = image.targetTag.trim();
  const out: CreateImageRequest = {
    container_name: image.containerName.trim(),
    image_name: image.imageName.trim(),
    source_image: joinRef(image.sourceRepo, sourceTag),
    source_image_tag: sourceTag,
    target_image: joinRef(targetRepoOf(image, registry), targetTag),
    target_image_tag: targetTag,
    push_image: image.push,
  };
  if (form.type === 'HelmChart') {
    // Sent as read from the environment / base version, or as typed (manual); never required.
    const path = imagePathOf(image.imagePath);
    if (path) out.image_path = path;
  }
  return out;
}

function toService(
  service: ServiceForm,
  form: WizardForm,
  registry: Registry | undefined,
): CreateServiceRequest {
  const out: CreateServiceRequest = {
    service_name: service.serviceName.trim(),
    images: service.images.map((image) => toImage(image, form, registry)),
  };
  if (form.type === 'HelmChart') {
    out.chart_version = service.chartVersion.trim();
    if (form.source === 'from_version') out.original_chart_version = service.originalChartVersion.trim();
  }
  // Where Zadig renders or copies the YAML itself, the body keeps it as read (older servers use it):
  // an edit never goes out. A manual service without YAML takes the service template's on the server.
  if (yamlDecidedBy(form.type, form.source)) out.yaml_content = service.sourceYaml;
  else if (form.source !== 'manual' || service.yaml.trim() !== '') out.yaml_content = service.yaml;
  return out;
}

function uniqueLabels(labels: readonly string[]): string[] {
  return [...new Set(labels.map((l) => l.trim()).filter(Boolean))];
}

/** Maps the form to the create request for its type (only the services that are included). */
export function toCreateRequest(form: WizardForm, ctx: MappingContext): CreateRequest {
  const registry = ctx.registries.find((r) => r.id === form.registryId);
  const common: CreateK8sReleaseRequest = {
    project_key: ctx.projectKey,
    version_name: form.name.trim(),
    source: form.source,
    image_registry_id: form.registryId,
    services: includedServices(form).map(({ service }) => toService(service, form, registry)),
  };
  if (form.source !== 'manual' && form.envName.trim()) {
    common.env_name = form.envName.trim();
    common.production = form.production;
  }
  const desc = form.description.trim();
  if (desc) common.desc = desc;
  const labels = uniqueLabels(form.labels);
  if (labels.length > 0) common.labels = labels;
  if (form.source === 'from_version') {
    // Zadig v4.2+ reads `original_version_name`; `original_version` stays for servers that read it.
    common.original_version_name = form.baseName.trim();
    common.original_version = common.original_version_name;
  }

  if (form.type === 'K8SYaml') return { type: 'K8SYaml', body: common };
  const helm: CreateHelmReleaseRequest = { ...common, chart_repo_name: form.chartRepo.trim() };
  if (form.source === 'from_version') helm.original_chart_repo_name = form.baseChartRepo.trim();
  return { type: 'HelmChart', body: helm };
}

/** The request for one service of the form alone (what Review shows of it). */
export function oneServiceRequest(form: WizardForm, service: ServiceForm, registries: readonly Registry[]) {
  return toCreateRequest(
    { ...form, services: [{ ...service, included: true }] },
    { projectKey: '', registries },
  );
}

export interface RequestIssue {
  /** Path in the request (`services.0.images.1.target_image`). */
  path: string;
  message: string;
}

/** Checks a request with the contract's wire schema; [] when it may be sent. */
export function checkCreateRequest(request: CreateRequest): RequestIssue[] {
  const result =
    request.type === 'K8SYaml'
      ? createK8sReleaseRequestSchema.safeParse(request.body)
      : createHelmReleaseRequestSchema.safeParse(request.body);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

/** A service's YAML or values as stored: the target images written in by the server's rules. */
export function storedYaml(form: WizardForm, service: ServiceForm, registries: readonly Registry[]): string {
  const sent = oneServiceRequest(form, service, registries).body.services[0];
  const images = sent?.images ?? [];
  // What the request carries (the environment's or base version's text where Zadig decides it).
  const yaml = sent?.yaml_content ?? service.yaml;
  if (form.type === 'HelmChart') return substituteHelmValues(yaml, images);
  return substituteK8sYaml(yaml, images, { source: form.source });
}

/** `https://Reg.example.com/` → `reg.example.com` (registries are configured with or without a scheme). */
/* Target image references: derived from the chosen registry and the image name, or typed by the user. */

export function registryHost(address: string): string {
  return address
    .trim()
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/\/+$/, '')
    .toLowerCase();
}

/** How a registry is named to the user: `host/namespace`. */
export function registryLabel(registry: Pick<Registry, 'address' | 'namespace'>): string {
  return [registryHost(registry.address), registry.namespace].filter(Boolean).join('/');
}

/** A target or source tag as registries take it. */
export const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

/** `host/namespace/name` for a registry and an image name (no tag). */
export function derivedTargetRepo(
  registry: Pick<Registry, 'address' | 'namespace'> | undefined,
  imageName: string,
): string {
  const name = imageName.trim();
  if (!registry) return name;
  const namespace = registry.namespace.trim().replace(/^\/+|\/+$/g, '');
  return [registryHost(registry.address), namespace, name].filter(Boolean).join('/');
}

/** The target repository an image will be pushed to: the user's own, or the derived one. */
export function targetRepoOf(
  image: Pick<ImageForm, 'targetRepo' | 'imageName'>,
  registry: Registry | undefined,
): string {
  return image.targetRepo.trim() || derivedTargetRepo(registry, image.imageName);
}

export function joinRef(repo: string, tag: string): string {
  return tag ? `${repo.trim()}:${tag.trim()}` : repo.trim();
}
