/**
 * Services and images pre-filled from what the project already has: an environment, a base version, or
 * a service template. Pure: the caller reads the data and puts the result into the form.
 */
import type {
  EnvironmentDetail,
  ImagePath,
  Registry,
  ReleaseDetail,
  ServiceTemplate,
} from '../../../api/model';
import { imageRepository, parseImageRef } from '../../../lib/image-ref';
import {
  EMPTY_IMAGE_PATH,
  emptyImage,
  emptyService,
  type ImageForm,
  type ImagePathForm,
  type ServiceForm,
  type WizardType,
} from './form-model';
import { suggestChartVersions, type ChartHistory } from './history';
import type { YamlContainer } from '../../../lib/yaml-analysis';
import { derivedTargetRepo } from './to-create-request';

function pathForm(
  path: { repo?: string; namespace?: string; image?: string; tag?: string } | null,
): ImagePathForm {
  return {
    repo: path?.repo ?? '',
    namespace: path?.namespace ?? '',
    image: path?.image ?? '',
    tag: path?.tag ?? '',
  };
}

/** Splits `registry/ns/name:tag` into repository and tag (`latest` when it has none). */
export function splitImage(image: string): { repo: string; tag: string } {
  const ref = parseImageRef(image.trim());
  if (!ref) return { repo: image.trim(), tag: '' };
  return { repo: imageRepository(ref), tag: ref.tag || 'latest' };
}

/** An image of a running container: source as it runs; the target tag follows the version name. */
export function imageFromContainer(
  container: { name: string; image: string; imageName: string; imagePath?: Parameters<typeof pathForm>[0] },
  type: WizardType,
): ImageForm {
  const { repo, tag } = splitImage(container.image);
  const name = container.imageName || repo.split('/').pop() || container.name;
  return {
    ...emptyImage(),
    containerName: container.name,
    imageName: name,
    sourceRepo: repo,
    sourceTag: tag,
    imagePath: type === 'HelmChart' ? pathForm(container.imagePath ?? null) : { ...EMPTY_IMAGE_PATH },
  };
}

/** Suggested chart versions for a batch of services (one per chart); empty without history. */
function chartVersionsFor(
  history: ChartHistory | undefined,
  services: ReadonlyArray<{ serviceName: string; chartName?: string }>,
): string[] {
  if (!history) return services.map(() => '');
  return suggestChartVersions(history, services).map((s) => s.next ?? '');
}

/** The services of an environment, with the YAML (K8s) or values (Helm) read for each. */
export function servicesFromEnv(
  env: EnvironmentDetail,
  yamlByService: ReadonlyMap<string, string>,
  type: WizardType,
  history?: ChartHistory,
): ServiceForm[] {
  const charts = chartVersionsFor(history, env.services);
  return env.services.map((s, i) => {
    const yaml = yamlByService.get(s.serviceName) ?? '';
    return {
      ...emptyService(s.serviceName),
      yaml,
      sourceYaml: yaml,
      chartVersion: type === 'HelmChart' ? (charts[i] ?? '') : '',
      images: s.containers.map((c) => imageFromContainer(c, type)),
    };
  });
}

/**
 * The services of a base version: its YAML, images (source as they were) and charts. The target tags
 * follow the new version's name: the base's own tags were pushed already and must not be overwritten.
 */
export function servicesFromVersion(
  base: ReleaseDetail,
  registries: readonly Registry[],
  registryId: string,
  history?: ChartHistory,
): ServiceForm[] {
  const registry = registries.find((r) => r.id === registryId);
  const type: WizardType = base.type === 'HelmChart' ? 'HelmChart' : 'K8SYaml';
  const charts = chartVersionsFor(history, base.services);
  return base.services.map((s, i) => ({
    ...emptyService(s.serviceName),
    chartName: s.chartName,
    yaml: s.yamlContent,
    sourceYaml: s.yamlContent,
    originalChartVersion: type === 'HelmChart' ? s.chartVersion : '',
    chartVersion: type === 'HelmChart' ? (charts[i] ?? '') : '',
    images: s.images.map((img) => {
      const source = splitImage(img.sourceImage);
      const target = splitImage(img.targetImage);
      const derived = derivedTargetRepo(registry, img.imageName);
      return {
        ...emptyImage(),
        containerName: img.containerName,
        imageName: img.imageName,
        sourceRepo: source.repo,
        sourceTag: img.sourceImageTag || source.tag,
        targetRepo: target.repo && target.repo !== derived ? target.repo : '',
        push: img.pushImage,
        imagePath: type === 'HelmChart' ? pathForm(img.imagePath) : { ...EMPTY_IMAGE_PATH },
      };
    }),
  }));
}

/**
 * A service from a template: its containers' images; YAML left to the template on the server. `others`
 * are the services already in the version (a shared chart gets the next free version).
 */
export function serviceFromTemplate(
  template: ServiceTemplate,
  type: WizardType,
  history?: ChartHistory,
  others: ReadonlyArray<{ serviceName: string; chartName?: string }> = [],
  knownPaths: KnownImagePaths = new Map(),
): ServiceForm {
  const charts = chartVersionsFor(history, [...others, { serviceName: template.serviceName }]);
  return {
    ...emptyService(template.serviceName),
    chartVersion: type === 'HelmChart' ? (charts[charts.length - 1] ?? '') : '',
    images: template.containers.map((c) =>
      imageFromContainer(
        { ...c, imagePath: knownPaths.get(pathKey(template.serviceName, c.name)) ?? null },
        type,
      ),
    ),
  };
}

/** Helm image paths the project's environments run each `service/container` with. */
export type KnownImagePaths = ReadonlyMap<string, ImagePath>;

export function pathKey(service: string, container: string): string {
  return `${service}/${container}`;
}

/** The first environment that runs a container decides its paths (environments in the order given). */
export function knownImagePaths(envs: ReadonlyArray<EnvironmentDetail | undefined>): KnownImagePaths {
  const out = new Map<string, ImagePath>();
  for (const env of envs) {
    for (const s of env?.services ?? []) {
      for (const c of s.containers) {
        const key = pathKey(s.serviceName, c.name);
        if (c.imagePath && !out.has(key)) out.set(key, c.imagePath);
      }
    }
  }
  return out;
}

/** The images for `containers`; `current` itself (same array) when nothing changes. */
/**
 * The images of a hand-added K8s service, found in its YAML as the environment path finds them (source =
 * the YAML's image). Images added by hand or from a template stay; images found earlier follow the YAML
 * and go when their container does. `current` itself (same array) when nothing changes.
 */
export function imagesFromYaml(
  current: readonly ImageForm[],
  containers: readonly YamlContainer[],
  type: WizardType,
): readonly ImageForm[] {
  const found = new Map<string, YamlContainer>();
  for (const c of containers) if (c.name && !found.has(c.name)) found.set(c.name, c);
  let changed = false;
  const out: ImageForm[] = [];
  for (const image of current) {
    const container = found.get(image.containerName.trim());
    if (!container) {
      if (image.fromYaml) changed = true;
      else out.push(image);
      continue;
    }
    found.delete(container.name);
    const { repo, tag } = splitImage(container.image);
    if (image.sourceRepo === repo && image.sourceTag === tag) out.push(image);
    else {
      out.push({ ...image, sourceRepo: repo, sourceTag: tag });
      changed = true;
    }
  }
  for (const c of found.values()) {
    out.push({
      ...imageFromContainer({ name: c.name, image: c.image, imageName: '' }, type),
      fromYaml: true,
    });
    changed = true;
  }
  return changed ? out : current;
}
