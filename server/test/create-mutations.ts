/**
 * Create requests for the validation fuzz tests: valid K8s and Helm requests, and mutations that always
 * make one malformed, each naming the field a 400 must name.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { isImageRef } from '../../src/lib/image-ref';
import { hostileString, hostileValue, PAYLOAD_STRINGS } from '../../src/lib/testing/hostile-arbitraries';
import { helmRequest } from './helpers';

export { helmRequest };

/** A version name no other request of the run uses. */
export function freshName(): string {
  return `fuzz-${Date.now().toString(36)}-${randomUUID().slice(0, 8)}`;
}

// Mutations that always make a create request malformed -----------------------------------------------

type Path = (string | number)[];
export interface Mutation {
  /** The field the description must name (its last path segment or `body`). */
  field: string;
  apply: (request: Record<string, unknown>) => unknown;
}

function setAt(target: Record<string, unknown>, path: Path, value: unknown): Record<string, unknown> {
  const copy = structuredClone(target);
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

const IMAGE = ['services', 0, 'images', 0];
const REQUIRED_STRINGS: Path[] = [
  ['project_key'],
  ['version_name'],
  ['image_registry_id'],
  ['services', 0, 'service_name'],
  [...IMAGE, 'container_name'],
  [...IMAGE, 'image_name'],
];
const IMAGE_REFS: Path[] = [
  [...IMAGE, 'source_image'],
  [...IMAGE, 'target_image'],
];
const IMAGE_TAGS: Path[] = [
  [...IMAGE, 'source_image_tag'],
  [...IMAGE, 'target_image_tag'],
];
const OPTIONAL_STRINGS: Path[] = [
  ['desc'],
  ['env_name'],
  ['services', 0, 'chart_version'],
  ['services', 0, 'yaml_content'],
];
const ALL_REQUIRED: Path[] = [
  ...REQUIRED_STRINGS,
  ...IMAGE_REFS,
  ...IMAGE_TAGS,
  ['source'],
  ['services'],
  ['services', 0, 'images'],
  [...IMAGE, 'push_image'],
];

export const notString = hostileValue.filter((v) => typeof v !== 'string');
export const blank = fc.constantFrom('', ' ', '\t', '\n  ');
const tooLong = (max: number) => fc.integer({ min: max + 1, max: max + 200_000 }).map((n) => 'v'.repeat(n));
const badImageRef = fc
  .oneof(hostileString, fc.constantFrom(...PAYLOAD_STRINGS))
  .filter((s) => !isImageRef(s));
const badTag = hostileString.filter((s) => !/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(s));
const badEnum = hostileString.filter((s) => !['manual', 'from_env', 'from_version'].includes(s));
const lastOf = (path: Path) => String(path[path.length - 1]);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // A required field missing.
  fc.constantFrom(...ALL_REQUIRED).map((path) => ({
    field: lastOf(path),
    apply: (r: Record<string, unknown>) => setAt(r, path, undefined),
  })),
  // A string field of the wrong type (null, number, object, array, deep nesting...).
  fc
    .tuple(
      fc.constantFrom(...REQUIRED_STRINGS, ...IMAGE_REFS, ...IMAGE_TAGS, ...OPTIONAL_STRINGS, ['source']),
      notString,
    )
    .map(([path, value]) => ({
      field: lastOf(path),
      apply: (r: Record<string, unknown>) => setAt(r, path, value),
    })),
  // A required string that is blank, or longer than allowed.
  fc.tuple(fc.constantFrom(...REQUIRED_STRINGS), fc.oneof(blank, tooLong(128))).map(([path, value]) => ({
    field: lastOf(path),
    apply: (r: Record<string, unknown>) => setAt(r, path, value),
  })),
  fc.record({ value: tooLong(4096) }).map(({ value }) => ({
    field: 'desc',
    apply: (r: Record<string, unknown>) => setAt(r, ['desc'], value),
  })),
  // Bad image references and tags, bad enums, wrong booleans.
  fc.tuple(fc.constantFrom(...IMAGE_REFS), badImageRef).map(([path, value]) => ({
    field: lastOf(path),
    apply: (r: Record<string, unknown>) => setAt(r, path, value),
  })),
  fc.tuple(fc.constantFrom(...IMAGE_TAGS), badTag).map(([path, value]) => ({
    field: lastOf(path),
    apply: (r: Record<string, unknown>) => setAt(r, path, value),
  })),
  badEnum.map((value) => ({
    field: 'source',
    apply: (r: Record<string, unknown>) => setAt(r, ['source'], value),
  })),
  hostileValue
    .filter((v) => typeof v !== 'boolean')
    .map((value) => ({
      field: 'push_image',
      apply: (r: Record<string, unknown>) => setAt(r, [...IMAGE, 'push_image'], value),
    })),
  // Lists: not a list, empty, too many labels, bad label.
  fc.constant<Mutation>({
    field: 'services',
    apply: (r: Record<string, unknown>) => setAt(r, ['services'], []),
  }),
  hostileValue
    .filter((v) => !Array.isArray(v) && v !== null)
    .map((value) => ({
      field: 'labels',
      apply: (r: Record<string, unknown>) => setAt(r, ['labels'], value),
    })),
  fc.array(fc.string({ minLength: 1, maxLength: 5 }), { minLength: 33, maxLength: 60 }).map((labels) => ({
    field: 'labels',
    apply: (r: Record<string, unknown>) => setAt(r, ['labels'], labels),
  })),
  fc.oneof(blank, tooLong(64), notString).map((label) => ({
    field: 'labels',
    apply: (r: Record<string, unknown>) => setAt(r, ['labels'], ['ok', label]),
  })),
  // Source rules: from_env without an environment.
  fc.constant<Mutation>({
    field: 'env_name',
    apply: (r: Record<string, unknown>) => setAt(setAt(r, ['source'], 'from_env'), ['env_name'], undefined),
  }),
  // The whole body is not an object, or not JSON at all.
  fc
    .oneof(
      fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
      hostileString,
      fc.double(),
      fc.constant(null),
    )
    .map((value) => ({ field: 'body', apply: () => value })),
  fc.constantFrom('{', '{"project_key": }', 'undefined', "{'a':1}", '\u0000').map((text) => ({
    field: 'body',
    apply: () => ({ __rawBody: text }),
  })),
  fc.integer({ min: 100, max: 20_000 }).map((depth) => ({
    field: 'body',
    apply: () => ({ __rawBody: `${'['.repeat(depth)}${']'.repeat(depth)}` }),
  })),
);

export const helmOnly: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constantFrom<Mutation>(
    {
      field: 'chart_repo_name',
      apply: (r: Record<string, unknown>) => setAt(r, ['chart_repo_name'], undefined),
    },
    {
      field: 'chart_version',
      apply: (r: Record<string, unknown>) => setAt(r, ['services', 0, 'chart_version'], undefined),
    },
  ),
  // A missing, null or empty image_path is valid (Zadig v4.2+ takes it from the environment, the base
  // version or the service template: pkg/microservice/aslan/core/delivery/service/openapi.go); one
  // that is not an object of strings is not.
  hostileValue
    .filter((v) => v !== null && v !== undefined && (typeof v !== 'object' || Array.isArray(v)))
    .map((value) => ({
      field: 'image_path',
      apply: (r: Record<string, unknown>) => setAt(r, [...IMAGE, 'image_path'], value),
    })),
);

export function bodyText(value: unknown): string {
  if (value && typeof value === 'object' && '__rawBody' in value) return String(value.__rawBody);
  return JSON.stringify(value) ?? 'null';
}
