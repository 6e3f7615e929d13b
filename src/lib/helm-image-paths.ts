/** Where a Helm chart's values hold an image: the values to write for each form of `image_path`. */
import { parseImageRef } from './image-ref';

/** What the Helm substitution needs of a version image (a subset of the wire image). */
export interface HelmImageSubstitution {
  target_image: string;
  image_path?: { repo?: string; namespace?: string; image?: string; tag?: string } | null;
}

/**
 * The values to write for one image: a list of `{ path, value }` with dotted values paths.
 * Forms, by the keys `image_path` names (empty keys are ignored):
 * - one key → the whole reference (`registry/namespace/name:tag`);
 * - `image` (or `repo`) + `tag` → `registry/namespace/name` and `tag`;
 * - `repo` + `image` (no tag) → `registry/namespace` and `name:tag`;
 * - `repo` + `image` + `tag` → `registry/namespace`, `name`, `tag`;
 * - `repo` + `namespace` + `image` + `tag` → `registry`, `namespace`, `name`, `tag`.
 * Returns [] when the reference does not parse or `image_path` names nothing.
 */
export function helmImageAssignments(
  targetImage: string,
  imagePath: HelmImageSubstitution['image_path'],
): Array<{ path: string; value: string }> {
  const ref = parseImageRef(targetImage);
  if (!ref || !imagePath) return [];
  const keys = {
    repo: imagePath.repo?.trim() ?? '',
    namespace: imagePath.namespace?.trim() ?? '',
    image: imagePath.image?.trim() ?? '',
    tag: imagePath.tag?.trim() ?? '',
  };
  const named = Object.entries(keys).filter(([, path]) => path !== '');
  if (named.length === 0) return [];
  const parts = ref.repository.split('/');
  const name = parts.pop() ?? ref.repository;
  const namespace = parts.join('/');
  const registryAndNamespace = [ref.registry, namespace].filter(Boolean).join('/');
  const repository = [registryAndNamespace, name].filter(Boolean).join('/');
  const tag = ref.tag || 'latest';

  if (named.length === 1) return [{ path: named[0]![1], value: targetImage }];
  if (keys.repo && keys.namespace && keys.image && keys.tag) {
    return [
      { path: keys.repo, value: ref.registry },
      { path: keys.namespace, value: namespace },
      { path: keys.image, value: name },
      { path: keys.tag, value: tag },
    ];
  }
  if (keys.repo && keys.image && keys.tag) {
    return [
      { path: keys.repo, value: registryAndNamespace },
      { path: keys.image, value: name },
      { path: keys.tag, value: tag },
    ];
  }
  if (keys.tag) {
    const imageKey = keys.image || keys.repo || keys.namespace;
    return [
      { path: imageKey, value: repository },
      { path: keys.tag, value: tag },
    ];
  }
  if (keys.repo && keys.image) {
    return [
      { path: keys.repo, value: registryAndNamespace },
      { path: keys.image, value: `${name}:${tag}` },
    ];
  }
  // Any other combination without a tag key: the whole reference at the image (or first) key.
  return [{ path: keys.image || named[0]![1], value: targetImage }];
}
