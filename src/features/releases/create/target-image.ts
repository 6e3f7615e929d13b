/** Target image references: derived from the chosen registry and the image name, or typed by the user. */
import type { Registry } from '../../../api/model';
import type { ImageForm } from './form-model';

/** `https://Reg.example.com/` → `reg.example.com` (registries are configured with or without a scheme). */
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
