/**
 * The images of a hand-added K8s service, found in its YAML as the environment path finds them: each
 * container of the YAML's workloads is an image of the service (source = the YAML's image, target tag =
 * the version name). Images the user added by hand, or that came from a template, stay; images found
 * earlier in the YAML follow it and go when their container does.
 */
import type { YamlContainer } from '../../../lib/yaml-analysis';
import type { ImageForm, WizardType } from './form-model';
import { imageFromContainer, splitImage } from './prefill';

/** The images for `containers`; `current` itself (same array) when nothing changes. */
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
