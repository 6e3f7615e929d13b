/**
 * The version list's hand-written readers accept exactly what the wire schemas accept, and give the
 * same values: a page, the projects and the health answer are read the same with or without zod.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileString, hostileValue, mostly, objectOf, viaJson } from '../lib/testing/hostile-arbitraries';
import { healthReader, projectListReader, releasePageReader, toMillis } from './read-list';
import { healthResponseSchema, projectListResponseSchema, releaseListResponseSchema } from './wire';

const RUNS = { numRuns: 400 };

const text = fc.oneof(hostileString, fc.constant(null), fc.integer(), fc.boolean());
const time = fc.oneof(
  fc.integer({ min: 1_000_000_000, max: 2_000_000_000 }),
  fc.double(),
  fc.constant(null),
  hostileString,
);
const item = objectOf({
  id: mostly(fc.oneof(hostileString, fc.integer(), fc.constant(null))),
  version_name: mostly(text),
  type: mostly(text),
  source: mostly(text),
  status: mostly(text),
  labels: mostly(
    fc.oneof(fc.array(fc.oneof(hostileString, fc.integer()), { maxLength: 3 }), fc.constant(null)),
  ),
  description: mostly(text),
  created_by: mostly(text),
  create_time: mostly(time),
  created_time: mostly(time),
});
const count = fc.oneof(fc.nat(), fc.integer({ min: -5, max: -1 }), fc.double(), hostileString);
const page = fc.oneof(
  objectOf({
    list: mostly(fc.oneof(fc.array(item, { maxLength: 5 }), fc.constant(null), hostileString)),
    total: mostly(count),
  }),
  fc.jsonValue(),
  hostileValue,
);
const projects = fc.oneof(
  objectOf({
    total: mostly(count),
    projects: mostly(
      fc.oneof(
        fc.array(
          objectOf({
            project_name: mostly(text),
            project_key: mostly(fc.oneof(hostileString, fc.integer())),
            description: mostly(text),
            deploy_type: mostly(text),
          }),
          { maxLength: 4 },
        ),
        fc.constant(null),
      ),
    ),
  }),
  fc.jsonValue(),
);
const health = fc.oneof(
  objectOf({
    mode: mostly(fc.oneof(fc.constantFrom('sandbox', 'proxy'), hostileString, fc.constant(null))),
    zadigHost: mostly(fc.oneof(hostileString, fc.constant(null), fc.integer())),
    upstream: mostly(fc.oneof(fc.constantFrom('ok', 'unreachable', 'not-applicable'), hostileString)),
    serverToken: mostly(fc.oneof(fc.boolean(), fc.constant(null), hostileString)),
  }),
  fc.jsonValue(),
);

describe('the version list reads its answers as the wire schemas do', () => {
  it('a page of versions', () => {
    fc.assert(
      fc.property(page, (raw) => {
        const json = viaJson(raw);
        const byHand = releasePageReader.safeParse(json);
        const byZod = releaseListResponseSchema.safeParse(json);
        expect(byHand.success).toBe(byZod.success);
        if (!byHand.success || !byZod.success) return;
        expect(byHand.data).toEqual({
          items: byZod.data.list.map((w) => ({
            id: w.id,
            name: w.version_name,
            type: w.type,
            source: w.source,
            status: w.status,
            labels: w.labels,
            description: w.description,
            createdBy: w.created_by,
            createdAt: toMillis(w.create_time ?? w.created_time),
          })),
          total: Math.max(byZod.data.total, byZod.data.list.length),
        });
      }),
      RUNS,
    );
  });

  it('the projects', () => {
    fc.assert(
      fc.property(projects, (raw) => {
        const json = viaJson(raw);
        const byHand = projectListReader.safeParse(json);
        const byZod = projectListResponseSchema.safeParse(json);
        expect(byHand.success).toBe(byZod.success);
        if (!byHand.success || !byZod.success) return;
        expect(byHand.data).toEqual({
          total: byZod.data.total,
          projects: byZod.data.projects.map((p) => ({
            key: p.project_key,
            name: p.project_name || p.project_key,
            description: p.description,
            deployType: p.deploy_type,
          })),
        });
      }),
      RUNS,
    );
  });

  it('the health answer', () => {
    fc.assert(
      fc.property(health, (raw) => {
        const json = viaJson(raw);
        const byHand = healthReader.safeParse(json);
        const byZod = healthResponseSchema.safeParse(json);
        expect(byHand.success).toBe(byZod.success);
        if (byHand.success && byZod.success) expect(byHand.data).toEqual(byZod.data);
      }),
      RUNS,
    );
  });

  it('says where and what was wrong', () => {
    const result = releasePageReader.safeParse({ list: [{ id: 'a', version_name: 3 }], total: 1 });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error.issues[0]).toMatchObject({ path: ['list', 0, 'version_name'], expected: 'string' });
  });
});
