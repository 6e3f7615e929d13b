/**
 * Property-based tests: the response normalisers take random and hostile JSON (missing fields, wrong
 * types, nulls, very long strings, unknown statuses, both field-name generations) and either return a
 * well-formed domain value or throw an `ApiError` of kind `invalid-response`, never anything else.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { hostileString, hostileValue, mostly, objectOf, viaJson } from '../lib/testing/hostile-arbitraries';
import { ApiError } from './errors';
import type { ReleaseDetail, ReleaseSummary } from './model';
import {
  normaliseEnvironmentDetail,
  normaliseEnvironments,
  normaliseProjects,
  normaliseRegistries,
  normaliseReleaseDetail,
  normaliseReleasePage,
  normaliseServiceTemplates,
  toMillis,
} from './normalise';

const RUNS = { numRuns: 300 };

/** Calls `fn`; passes when it returns, or throws an ApiError of kind invalid-response with a detail. */
function returnsOrInvalid<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.kind).toBe('invalid-response');
    expect(typeof apiError.detail).toBe('string');
    expect(apiError.detail?.length).toBeGreaterThan(0);
    return undefined;
  }
}

const statusWord = fc.oneof(
  fc.constantFrom('creating', 'retrying', 'success', 'failed'),
  hostileString, // unknown statuses are passed through raw
);
/** Unix seconds, milliseconds, zero, negative: all legal numbers on the wire. */
const wireTime = fc.oneof(
  fc.integer({ min: 1_000_000_000, max: 2_000_000_000 }),
  fc.integer({ min: 1_000_000_000_000, max: 2_000_000_000_000 }),
  fc.constantFrom(0, -5),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const optionalText = fc.oneof(hostileString, fc.constant(null));
const labels = fc.oneof(fc.array(hostileString, { maxLength: 5 }), fc.constant(null));

/** A list item that the tolerant schema must accept: documented or real-server names. */
const validListItem = fc
  .record({
    id: hostileString.filter((s) => s.length > 0),
    version_name: hostileString,
    type: fc.oneof(fc.constantFrom('K8SYaml', 'HelmChart'), optionalText),
    source: fc.oneof(fc.constantFrom('manual', 'from_env', 'from_version'), optionalText),
    status: statusWord,
    labels,
    description: optionalText,
    created_by: optionalText,
    time: wireTime,
    generation: fc.constantFrom('create_time', 'created_time'),
  })
  .map(({ time, generation, ...rest }) => ({ ...rest, [generation]: time }));

/** A list item with any field missing, mistyped or hostile. */
const mutatedListItem = objectOf({
  id: mostly(hostileString),
  version_name: mostly(hostileString),
  type: mostly(optionalText),
  source: mostly(optionalText),
  status: mostly(statusWord),
  labels: mostly(labels),
  description: mostly(optionalText),
  created_by: mostly(optionalText),
  create_time: mostly(wireTime),
  created_time: mostly(wireTime),
});

function expectWellFormedSummary(item: ReleaseSummary) {
  expect(typeof item.id).toBe('string');
  expect(item.id.length).toBeGreaterThan(0);
  for (const key of ['name', 'type', 'source', 'status', 'description', 'createdBy'] as const) {
    expect(typeof item[key]).toBe('string');
  }
  expect(Array.isArray(item.labels)).toBe(true);
  item.labels.forEach((label) => expect(typeof label).toBe('string'));
  if (item.createdAt !== null) {
    expect(Number.isFinite(item.createdAt)).toBe(true);
    expect(item.createdAt).toBeGreaterThan(0);
  }
}

afterEach(() => {
  // Hostile payloads carry `__proto__` keys: nothing may leak onto Object.prototype.
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('normaliseReleasePage', () => {
  it('normalises every valid page, whichever field-name generation it uses', () => {
    fc.assert(
      fc.property(fc.array(validListItem, { maxLength: 8 }), fc.nat(1000), (list, extra) => {
        const json = viaJson({ list, total: list.length + extra });
        const page = normaliseReleasePage(json);
        expect(page.items).toHaveLength(list.length);
        expect(page.total).toBe(list.length + extra);
        page.items.forEach((item, i) => {
          const wire = list[i] as Record<string, unknown>;
          expectWellFormedSummary(item);
          expect(item.id).toBe(wire.id);
          expect(item.name).toBe(wire.version_name);
          expect(item.status).toBe(wire.status);
          expect(item.createdAt).toBe(toMillis((wire.create_time ?? wire.created_time) as number));
        });
      }),
      RUNS,
    );
  });

  it('returns a well-formed page or an invalid-response error for mutated pages', () => {
    const page = objectOf({
      list: mostly(fc.oneof(fc.array(mutatedListItem, { maxLength: 6 }), fc.constant(null))),
      total: mostly(fc.oneof(fc.nat(), fc.integer({ min: -10, max: -1 }), fc.double())),
    });
    fc.assert(
      fc.property(page, (wire) => {
        const result = returnsOrInvalid(() => normaliseReleasePage(viaJson(wire)));
        if (!result) return;
        result.items.forEach(expectWellFormedSummary);
        expect(Number.isInteger(result.total)).toBe(true);
        expect(result.total).toBeGreaterThanOrEqual(result.items.length);
      }),
      RUNS,
    );
  });

  it('never throws anything but an invalid-response error for arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), hostileValue), (json) => {
        returnsOrInvalid(() => normaliseReleasePage(json));
      }),
      RUNS,
    );
  });
});

// Detail ----------------------------------------------------------------------------------------------

const imagePath = fc.oneof(
  fc.constant(null),
  fc.record(
    { repo: fc.string(), namespace: fc.string(), image: fc.string(), tag: fc.string() },
    { requiredKeys: [] },
  ),
);
const validImage = fc.record({
  container_name: optionalText,
  image_name: optionalText,
  source_image: optionalText,
  source_image_tag: optionalText,
  target_image: optionalText,
  target_image_tag: optionalText,
  image_path: imagePath,
  push_image: fc.oneof(fc.boolean(), fc.constant(null)),
  status: fc.oneof(fc.constantFrom('', 'passed', 'failed', 'running'), hostileString),
  error: optionalText,
});
const validService = fc.record({
  service_name: hostileString,
  chart_name: optionalText,
  original_chart_version: optionalText,
  chart_version: optionalText,
  chart_status: optionalText,
  yaml_content: optionalText,
  images: fc.oneof(fc.array(validImage, { maxLength: 3 }), fc.constant(null)),
  error: optionalText,
});

/** The documented detail (`id`, `version_name`, `description`, `created_time`) or the real one. */
const validDetail = fc
  .record({
    generation: fc.constantFrom('documented', 'real'),
    id: hostileString,
    name: hostileString,
    project: hostileString,
    description: hostileString,
    time: wireTime,
    source: optionalText,
    env_name: optionalText,
    production: fc.oneof(fc.boolean(), fc.constant(null)),
    type: optionalText,
    status: statusWord,
    error: optionalText,
    labels,
    image_registry_id: optionalText,
    chart_repo_name: optionalText,
    services: fc.oneof(fc.array(validService, { maxLength: 4 }), fc.constant(null)),
    created_by: optionalText,
  })
  .map(({ generation, id, name, project, description, time, ...rest }) =>
    generation === 'documented'
      ? { ...rest, id, version_name: name, project_key: project, description, created_time: time }
      : { ...rest, version: name, project_name: project, desc: description, created_at: time, deleted_at: 0 },
  );

function expectWellFormedDetail(detail: ReleaseDetail) {
  expect(typeof detail.id).toBe('string');
  expectWellFormedSummary({ ...detail, id: detail.id || 'x' });
  expect(typeof detail.projectKey).toBe('string');
  expect(typeof detail.production).toBe('boolean');
  for (const service of detail.services) {
    expect(typeof service.serviceName).toBe('string');
    expect(typeof service.yamlContent).toBe('string');
    for (const image of service.images) {
      expect(typeof image.pushImage).toBe('boolean');
      expect(typeof image.targetImage).toBe('string');
      expect(image.imagePath === null || typeof image.imagePath === 'object').toBe(true);
    }
  }
}

describe('normaliseReleaseDetail', () => {
  it('normalises every valid detail of either generation', () => {
    fc.assert(
      fc.property(validDetail, hostileString, (wire, knownId) => {
        const detail = normaliseReleaseDetail(viaJson(wire), { id: knownId, projectKey: 'p' });
        expectWellFormedDetail(detail);
        const w = wire as Record<string, unknown>;
        expect(detail.name).toBe(w.version_name ?? w.version);
        expect(detail.description).toBe(w.description ?? w.desc);
        expect(detail.projectKey).toBe(w.project_key ?? w.project_name);
        // An id nobody knows stays '' (never the name: an action sent with it names another version).
        expect(detail.id).toBe((w.id as string) || knownId || '');
        expect(detail.createdAt).toBe(toMillis((w.created_time ?? w.created_at) as number));
        expect(detail.services).toHaveLength(Array.isArray(w.services) ? w.services.length : 0);
      }),
      RUNS,
    );
  });

  it('returns a well-formed detail or an invalid-response error for mutated details', () => {
    const mutatedImage = objectOf({
      container_name: mostly(optionalText),
      target_image: mostly(optionalText),
      image_path: mostly(imagePath),
      push_image: mostly(fc.boolean()),
      status: mostly(hostileString),
    });
    const mutatedService = objectOf({
      service_name: mostly(hostileString),
      yaml_content: mostly(optionalText),
      chart_version: mostly(optionalText),
      images: mostly(fc.array(mutatedImage, { maxLength: 3 })),
    });
    const mutatedDetail = objectOf({
      id: mostly(optionalText),
      version_name: mostly(optionalText),
      version: mostly(optionalText),
      project_name: mostly(optionalText),
      desc: mostly(optionalText),
      created_at: mostly(wireTime),
      created_time: mostly(wireTime),
      status: mostly(statusWord),
      labels: mostly(labels),
      production: mostly(fc.boolean()),
      services: mostly(fc.array(mutatedService, { maxLength: 3 })),
    });
    fc.assert(
      fc.property(mutatedDetail, (wire) => {
        const result = returnsOrInvalid(() => normaliseReleaseDetail(viaJson(wire)));
        if (result) expectWellFormedDetail(result);
      }),
      RUNS,
    );
  });

  it('never throws anything but an invalid-response error for arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), hostileValue), (json) => {
        returnsOrInvalid(() => normaliseReleaseDetail(json, { id: 'x' }));
      }),
      RUNS,
    );
  });
});

// The neighbouring read endpoints ---------------------------------------------------------------------

describe('catalog normalisers', () => {
  const normalisers = {
    projects: normaliseProjects,
    environments: normaliseEnvironments,
    environmentDetail: normaliseEnvironmentDetail,
    registries: normaliseRegistries,
    serviceTemplates: normaliseServiceTemplates,
  };
  const shapes = fc.oneof(
    fc.jsonValue(),
    hostileValue,
    objectOf({
      total: mostly(fc.nat()),
      projects: mostly(
        fc.array(objectOf({ project_key: mostly(hostileString), project_name: mostly(optionalText) })),
      ),
    }),
    fc.array(
      objectOf({
        env_key: mostly(hostileString),
        registry_id: mostly(hostileString),
        production: mostly(fc.boolean()),
        service_name: mostly(hostileString),
        containers: mostly(fc.array(objectOf({ name: mostly(hostileString), image: mostly(optionalText) }))),
      }),
      { maxLength: 4 },
    ),
  );

  for (const [name, normalise] of Object.entries(normalisers)) {
    it(`${name}: returns a value or an invalid-response error for random and hostile JSON`, () => {
      fc.assert(
        fc.property(shapes, (json) => {
          returnsOrInvalid(() => normalise(viaJson(json)));
        }),
        RUNS,
      );
    });
  }
});

describe('toMillis', () => {
  it('gives null or a positive finite millisecond time for any number', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.constant(null), fc.constant(undefined)), (value) => {
        const ms = toMillis(value);
        if (ms !== null) {
          expect(Number.isFinite(ms)).toBe(true);
          expect(ms).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
