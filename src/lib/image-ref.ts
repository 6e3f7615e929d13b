/**
 * Container image references: `[registry[:port]/]repository[:tag][@digest]`.
 * Parsing follows the grammar of the distribution reference format, loosely enough for real registries.
 */
export interface ImageRef {
  /** Registry host (with port), or "" when the reference names none (Docker Hub). */
  registry: string;
  /** Path below the registry, e.g. `koderover-demo/service1`. */
  repository: string;
  /** Tag, or "" when absent. */
  tag: string;
  /** Digest (`sha256:…`), or "" when absent. */
  digest: string;
}

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-fA-F0-9]{32,}$/;
const HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*(?::[0-9]+)?$/;

export const MAX_IMAGE_REF_LENGTH = 512;

/** Parses an image reference; returns null when it is not one. */
export function parseImageRef(input: string): ImageRef | null {
  if (typeof input !== 'string' || input.length === 0 || input.length > MAX_IMAGE_REF_LENGTH) return null;
  let rest = input;
  let digest = '';
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) return null;
  }
  let tag = '';
  const lastSlash = rest.lastIndexOf('/');
  const lastColon = rest.lastIndexOf(':');
  if (lastColon > lastSlash) {
    tag = rest.slice(lastColon + 1);
    rest = rest.slice(0, lastColon);
    if (!TAG.test(tag)) return null;
  }
  let registry = '';
  const firstSlash = rest.indexOf('/');
  if (firstSlash >= 0) {
    const first = rest.slice(0, firstSlash);
    if (first.includes('.') || first.includes(':') || first === 'localhost') {
      registry = first;
      rest = rest.slice(firstSlash + 1);
      if (!HOST.test(registry)) return null;
    }
  }
  if (rest.length === 0 || !rest.split('/').every((c) => COMPONENT.test(c))) return null;
  return { registry, repository: rest, tag, digest };
}

export function isImageRef(input: string): boolean {
  return parseImageRef(input) !== null;
}

/** The reference without its tag and digest: `registry/repository`. */
export function imageRepository(ref: ImageRef): string {
  return ref.registry ? `${ref.registry}/${ref.repository}` : ref.repository;
}

export function formatImageRef(ref: ImageRef): string {
  return `${imageRepository(ref)}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}

/** The last path component of the repository, which Zadig calls the image name. */
export function imageName(ref: ImageRef): string {
  const parts = ref.repository.split('/');
  return parts[parts.length - 1] ?? ref.repository;
}

/** `image` with its tag replaced by `tag` (an untagged or unparsable reference gets `:tag` appended). */
export function withTag(image: string, tag: string): string {
  const ref = parseImageRef(image);
  if (!ref) return tag ? `${image}:${tag}` : image;
  return formatImageRef({ ...ref, tag, digest: '' });
}
