/**
 * The parts of a new version the server decides itself, whatever the request says (Zadig v4.2.1 to
 * v5.0.0, koderover/zadig `pkg/microservice/aslan/core/delivery/service/openapi.go`,
 * `OpenAPICreateK8SDeliveryVersion` / `OpenAPICreateHelmDeliveryVersion`):
 *
 * - from_env: YAML rendered from the environment (K8s, `kube.RenderEnvService`) or values generated
 *   from it (Helm, `GenMergedValues`/`GeneFullValues`); each image's source image, tag and image name
 *   from the environment's container of the same service + container (Helm: its `image_path` too).
 * - from_version: source image, tag and image name from the base version's image of the same service +
 *   container (Helm: its `image_path` too); Helm values copied from the base version (`YamlContent:
 *   orignalVersionSvc.YamlContent`); K8s keeps the request's YAML.
 * - manual: everything as sent.
 *
 * The request's `target_image`, `target_image_tag` and `push_image` are always used.
 */
import type { ImagePath, ReleaseSource, ReleaseType } from '../../src/api/schemas';
import { parseImageRef } from '../../src/lib/image-ref';
import { ZadigError } from '../http';
import type { ContainerInfo, EnvServiceRow } from './reference';
import { imageFromRow, parseJson, type ImageRow, type NewRelease, type ServiceRow } from './store';

type NewImage = NewRelease['services'][number]['images'][number];

/** Zadig answers a plain error from its create service as a 500 (`Internal Error: `). */
function internal(description: string): ZadigError {
  return new ZadigError(500, { code: 500, message: 'Internal Error: ', description });
}

export interface DecideContext {
  type: ReleaseType;
  source: ReleaseSource;
  projectKey: string;
  envName: string;
  originalVersion: string;
  serviceName: string;
  envService: EnvServiceRow | undefined;
  baseService: ServiceRow | undefined;
  /** The base version's images of this service. */
  baseImages: readonly ImageRow[];
}

function fromEnv(ctx: DecideContext, img: NewImage): NewImage {
  const containers = parseJson<ContainerInfo[]>(ctx.envService?.containers ?? '[]', []);
  const c = containers.find((x) => x.name === img.container_name);
  if (!ctx.envService || !c) {
    throw internal(
      `container not found, serviceName: ${ctx.serviceName}, containerName: ${img.container_name}, ` +
        `envName: ${ctx.envName}, projectKey: ${ctx.projectKey}`,
    );
  }
  return {
    ...img,
    image_name: c.image_name,
    source_image: c.image,
    source_image_tag: parseImageRef(c.image)?.tag ?? '', // commonservice.ExtractImageTag
    image_path: ctx.type === 'HelmChart' ? (c.image_path ?? null) : null,
  };
}

function fromVersion(ctx: DecideContext, img: NewImage): NewImage {
  const b = ctx.baseImages.find((x) => x.container_name === img.container_name);
  if (!b) {
    throw internal(
      `image not found, serviceName: ${ctx.serviceName}, containerName: ${img.container_name}, ` +
        `originalVersionName: ${ctx.originalVersion}, projectKey: ${ctx.projectKey}`,
    );
  }
  const base = imageFromRow(b);
  return {
    ...img,
    image_name: base.image_name,
    source_image: base.source_image,
    source_image_tag: base.source_image_tag,
    image_path: ctx.type === 'HelmChart' ? parseJson<ImagePath | null>(b.image_path, null) : null,
  };
}

/** The images as the server stores them: the source side replaced where the server decides it. */
export function decideImages(ctx: DecideContext, images: NewImage[]): NewImage[] {
  if (ctx.source === 'from_env') return images.map((img) => fromEnv(ctx, img));
  if (ctx.source === 'from_version' && ctx.baseService) return images.map((img) => fromVersion(ctx, img));
  return images;
}

/** The YAML / values the server stores instead of the request's, or undefined where it uses the request's. */
export function decideYaml(ctx: DecideContext): string | undefined {
  if (ctx.source === 'from_env') {
    if (!ctx.envService) throw internal(`not found service ${ctx.serviceName} in env ${ctx.envName}`);
    return ctx.type === 'HelmChart' ? ctx.envService.values_yaml : ctx.envService.yaml;
  }
  if (ctx.source === 'from_version' && ctx.type === 'HelmChart' && ctx.baseService) {
    return ctx.baseService.yaml_content;
  }
  return undefined;
}
