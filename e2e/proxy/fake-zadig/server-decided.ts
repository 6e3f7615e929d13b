/**
 * The fake Zadig's table of what the server decides itself on create, whatever the body says. Every
 * fact is read from koderover/zadig (v4.2.1–v5.0.0):
 * - openapi.go = pkg/microservice/aslan/core/delivery/service/openapi.go
 * - version_v2.go = pkg/microservice/aslan/core/delivery/service/version_v2.go
 */
import { deploymentYaml, ENV_IMAGES, type FakeVersion } from './data';

export function splitImage(image: string): [string, string] {
  const at = image.lastIndexOf(':');
  return at > image.lastIndexOf('/') ? [image.slice(0, at), image.slice(at + 1)] : [image, ''];
}

/** The values the fake environment's Helm services run with (catalog: `/service/values`). */
export function envValues(image: string): string {
  const [repo, tag] = splitImage(image);
  return `image:\n  repository: ${repo}\n  tag: "${tag}"\nreplicaCount: 1\n`;
}

function retag(values: string, from: string, to: string): string {
  const [repo, tag] = splitImage(from);
  const [toRepo, toTag] = splitImage(to);
  return values.replace(`repository: ${repo}\n  tag: "${tag}"`, `repository: ${toRepo}\n  tag: "${toTag}"`);
}

/** The image paths of the fake environment's Helm containers. */
export const ENV_IMAGE_PATH = { image: 'image.repository', tag: 'image.tag' };

/**
 * Puts the server-decided parts into a version built from the body; returns the 500 description
 * Zadig answers with when the environment or base version lacks a service or container, else null.
 */
export function applyServerDecided(v: FakeVersion, base: FakeVersion | undefined): string | null {
  const helm = v.type === 'HelmChart';
  for (const s of v.services) {
    if (v.source === 'from_env') {
      const image = ENV_IMAGES[v.project_name]?.[s.service_name];
      for (const img of s.images) {
        // openapi.go: from_env matches `service-container` against the env's containers, else 500.
        if (!image || img.container_name !== s.service_name) {
          return `container not found, serviceName: ${s.service_name}, containerName: ${img.container_name}, envName: ${v.env_name}, projectKey: ${v.project_name}`;
        }
        // openapi.go: image_name, source_image (tag via ExtractImageTag) and, for Helm, image_path
        // come from the env's container; the body's are dropped.
        img.image_name = s.service_name;
        img.source_image = image;
        img.source_image_tag = splitImage(image)[1];
        img.image_path = helm ? { ...ENV_IMAGE_PATH } : null;
      }
      // openapi.go: K8s YAML from kube.RenderEnvService; Helm values from GenMergedValues +
      // GeneFullValues. The body's yaml_content is dropped.
      if (image) s.yaml_content = helm ? envValues(image) : deploymentYaml(s.service_name, image);
    } else if (v.source === 'from_version' && base) {
      const was = base.services.find((b) => b.service_name === s.service_name);
      for (const img of s.images) {
        const from = was?.images.find((b) => b.container_name === img.container_name);
        // openapi.go: from_version matches `service-container` against the base version's images.
        if (!from) {
          return `image not found, serviceName: ${s.service_name}, containerName: ${img.container_name}, originalVersionName: ${base.version}, projectKey: ${v.project_name}`;
        }
        img.image_name = from.image_name;
        img.source_image = from.source_image;
        img.source_image_tag = from.source_image_tag;
        if (helm) img.image_path = from.image_path;
      }
      // openapi.go: Helm takes the base version's YamlContent; K8s keeps the body's.
      if (helm && was) s.yaml_content = was.yaml_content;
    }
    // K8s, version_v2.go updateDeliveryServiceImageInYaml: for every source but manual, each source
    // image left in the YAML is replaced by its target image. Helm, version_v2.go updateValuesImage:
    // the target image is written at the image's image_path (here: the env's repository/tag keys).
    if (v.source !== 'manual' && s.yaml_content) {
      for (const img of s.images) {
        if (!img.source_image || !img.target_image || img.source_image === img.target_image) continue;
        s.yaml_content = s.yaml_content.replaceAll(img.source_image, img.target_image);
        if (helm) s.yaml_content = retag(s.yaml_content, img.source_image, img.target_image);
      }
    }
  }
  return null;
}
