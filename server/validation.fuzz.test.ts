/**
 * Property-based tests of the sandbox's request validation against a real server on port 0: random and
 * hostile create / retry / list / delete requests (valid requests built from the wire schemas' shapes,
 * then broken: wrong types, missing required fields, huge strings, deep nesting, bad image references,
 * bad enums). Every malformed request gets a 400 whose description names the bad field, never a 500,
 * and never stores or removes a row.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isImageRef } from '../src/lib/image-ref';
import { hostileString, hostileValue, PAYLOAD_STRINGS } from '../src/lib/testing/hostile-arbitraries';
import { k8sRequest, startTestServer, TCR, type TestServer } from './test/helpers';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ pushMs: 60_000 });
});
afterAll(async () => {
  await server.destroy();
});

const RELEASES = '/openapi/delivery/releases';
const PROJECTS = ['yaml-demo', 'helm-demo'] as const;

/** Every stored version of every project, as [project, total, ids]. */
async function snapshot(): Promise<string> {
  const parts: string[] = [];
  for (const project of PROJECTS) {
    const { body } = await server.json(`${RELEASES}?projectKey=${project}&pageNum=1&pageSize=1000`);
    parts.push(`${project}:${body.total}:${body.list.map((i: { id: string }) => i.id).join(',')}`);
  }
  return parts.join('|');
}

interface Answer {
  status: number;
  body: { code?: unknown; message?: unknown; description?: unknown } | null;
}

async function send(method: string, path: string, body?: string): Promise<Answer> {
  const res = await server.request(path, {
    method,
    ...(body !== undefined ? { body, headers: { 'content-type': 'application/json' } } : {}),
  });
  const text = await res.text();
  let parsed: Answer['body'] = null;
  try {
    parsed = text ? (JSON.parse(text) as Answer['body']) : null;
  } catch {
    parsed = null;
  }
  return { status: res.status, body: parsed };
}

/** A 400 with a Zadig bad-parameter (or typed) body whose description names one of `fields`. */
function expectRefused(answer: Answer, fields: string[], what: string) {
  expect(answer.status, `${what} → ${JSON.stringify(answer.body)?.slice(0, 300)}`).toBe(400);
  const description = answer.body?.description;
  expect(typeof description).toBe('string');
  const text = description as string;
  expect(text.length).toBeGreaterThan(0);
  expect(
    fields.some((f) => text.includes(f)),
    `description "${text.slice(0, 300)}" should name one of ${fields.join(', ')}`,
  ).toBe(true);
}

// Valid requests ----------------------------------------------------------------------------------

const TCR_HOST = 'ccr.ccs.tencentyun.com/koderover-demo';
function helmRequest(): Record<string, unknown> {
  return {
    project_key: 'helm-demo',
    version_name: 'v9.0.0',
    source: 'manual',
    desc: 'test version',
    labels: ['test'],
    image_registry_id: TCR,
    chart_repo_name: 'payments-charts',
    services: [
      {
        service_name: 'billing',
        chart_version: '9.0.0',
        images: [
          {
            container_name: 'billing',
            image_name: 'billing',
            source_image: `${TCR_HOST}/billing:latest`,
            source_image_tag: 'latest',
            target_image: `${TCR_HOST}/billing:v9.0.0`,
            target_image_tag: 'v9.0.0',
            image_path: { image: 'image' },
            push_image: true,
          },
        ],
      },
    ],
  };
}

let versionCounter = 0;
function freshName(): string {
  versionCounter += 1;
  return `fuzz-${Date.now().toString(36)}-${versionCounter}`;
}

// Mutations that always make a create request malformed -----------------------------------------------

type Path = (string | number)[];
interface Mutation {
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

const notString = hostileValue.filter((v) => typeof v !== 'string');
const blank = fc.constantFrom('', ' ', '\t', '\n  ');
const tooLong = (max: number) => fc.integer({ min: max + 1, max: max + 200_000 }).map((n) => 'v'.repeat(n));
const badImageRef = fc
  .oneof(hostileString, fc.constantFrom(...PAYLOAD_STRINGS))
  .filter((s) => !isImageRef(s));
const badTag = hostileString.filter((s) => !/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(s));
const badEnum = hostileString.filter((s) => !['manual', 'from_env', 'from_version'].includes(s));
const lastOf = (path: Path) => String(path[path.length - 1]);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
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

const helmOnly: fc.Arbitrary<Mutation> = fc.oneof(
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

function bodyText(value: unknown): string {
  if (value && typeof value === 'object' && '__rawBody' in value) return String(value.__rawBody);
  return JSON.stringify(value) ?? 'null';
}

describe('create', () => {
  it('accepts the unbroken requests the mutations start from (so a refusal below means something)', async () => {
    const before = await snapshot();
    for (const [kind, request] of [
      ['k8s', k8sRequest({ version_name: freshName() })],
      ['helm', { ...helmRequest(), version_name: freshName() }],
    ] as const) {
      const answer = await send('POST', `${RELEASES}/${kind}`, JSON.stringify(request));
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    }
    expect(await snapshot()).not.toBe(before);
  });

  it('refuses every malformed K8s or Helm create with a 400 naming the field, and stores nothing', async () => {
    const before = await snapshot();
    const cases = fc.oneof(
      fc.record({
        kind: fc.constant('k8s' as const),
        mutations: fc.array(mutation, { minLength: 1, maxLength: 2 }),
      }),
      fc.record({
        kind: fc.constant('helm' as const),
        mutations: fc.array(fc.oneof(mutation, helmOnly), { minLength: 1, maxLength: 2 }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(cases, async ({ kind, mutations }) => {
        let request: unknown = kind === 'k8s' ? k8sRequest({ version_name: freshName() }) : helmRequest();
        if (kind === 'helm') (request as Record<string, unknown>).version_name = freshName();
        const applied: string[] = [];
        for (const m of mutations) {
          // A mutation below a field another one removed or replaced has nothing to act on.
          if (!request || typeof request !== 'object' || '__rawBody' in request) break;
          try {
            request = m.apply(request as Record<string, unknown>);
            applied.push(m.field);
          } catch {
            break;
          }
        }
        const answer = await send('POST', `${RELEASES}/${kind}`, bodyText(request));
        expectRefused(answer, applied, `${kind} ${applied.join(', ')}`);
      }),
      { numRuns: 120 },
    );
    expect(await snapshot()).toBe(before);
  });
});

// Retry, list, delete ---------------------------------------------------------------------------------

const badPositive = (max: number) =>
  fc
    .oneof(
      fc.constantFrom('', ' ', '0', '-1', '1.5', 'abc', 'NaN', 'Infinity', '1e400', String(max + 1)),
      hostileString,
    )
    .filter((s) => {
      if (s.length > 2000 || !encodable(s)) return false; // beyond node's URL limit (431)
      const n = Number(s);
      return !(Number.isInteger(n) && n >= 1 && n <= max);
    });

function encodable(s: string): boolean {
  try {
    encodeURIComponent(s);
    return true;
  } catch {
    return false;
  }
}

describe('list', () => {
  it('refuses bad paging and project parameters with a 400 naming the parameter', async () => {
    const cases = fc.oneof(
      badPositive(Number.POSITIVE_INFINITY).map((v) => ({
        field: 'pageNum',
        query: { projectKey: 'yaml-demo', pageNum: v, pageSize: '20' },
      })),
      badPositive(1000).map((v) => ({
        field: 'pageSize',
        query: { projectKey: 'yaml-demo', pageNum: '1', pageSize: v },
      })),
      fc
        .constantFrom<Record<string, string>>(
          { pageNum: '1', pageSize: '20' },
          { projectKey: '', pageNum: '1', pageSize: '20' },
          { projectKey: '   ', pageNum: '1', pageSize: '20' },
          { projectKey: 'yaml-demo', pageSize: '20' },
          { projectKey: 'yaml-demo', pageNum: '1' },
        )
        .map((query) => ({
          field: ['projectKey', 'pageNum', 'pageSize'].find((k) => !query[k]?.trim()) ?? 'projectKey',
          query,
        })),
    );
    await fc.assert(
      fc.asyncProperty(cases, async ({ field, query }) => {
        const answer = await send('GET', `${RELEASES}?${new URLSearchParams(query).toString()}`);
        expectRefused(answer, [field], `list ${JSON.stringify(query).slice(0, 200)}`);
      }),
      { numRuns: 40 },
    );
  });
});

describe('retry and delete', () => {
  it('refuses malformed retries with a 400 naming the field, changing nothing', async () => {
    const before = await snapshot();
    const idValue = fc.oneof(notString, blank);
    const cases = fc.oneof(
      idValue.map((id) => ({
        field: 'id',
        body: JSON.stringify({ id, projectKey: 'yaml-demo' }),
        query: '',
      })),
      idValue.map((projectKey) => ({
        field: 'projectKey',
        body: JSON.stringify({ id: 'x', projectKey }),
        query: '',
      })),
      fc.constant({ field: 'id', body: JSON.stringify({ projectKey: 'yaml-demo' }), query: '' }),
      fc.constant({ field: 'projectKey', body: '', query: '?id=abc' }),
      fc
        .oneof(fc.array(fc.jsonValue(), { maxLength: 3 }), hostileString, fc.double(), fc.constant(null))
        .map((v) => ({ field: 'body', body: JSON.stringify(v), query: '' })),
      fc.constantFrom('{', '[[[', 'nul').map((text) => ({ field: 'body', body: text, query: '' })),
    );
    await fc.assert(
      fc.asyncProperty(cases, async ({ field, body, query }) => {
        const answer = await send('POST', `${RELEASES}/retry${query}`, body);
        expectRefused(answer, [field], `retry ${body.slice(0, 200)}`);
      }),
      { numRuns: 40 },
    );
    expect(await snapshot()).toBe(before);
  });

  it('refuses deletes without a project, and hostile ids never remove another version', async () => {
    const before = await snapshot();
    // Ids that fit in a URL (longer ones meet node's header limit, 431, before any validation).
    const hostileId = hostileString.filter((s) => s.length < 2000 && encodable(s));
    await fc.assert(
      fc.asyncProperty(
        hostileId,
        fc.constantFrom('', '?projectKey=', '?projectKey=%20'),
        async (id, query) => {
          const answer = await send('DELETE', `${RELEASES}/${encodeURIComponent(id || 'x')}${query}`);
          expectRefused(answer, ['projectKey'], `delete ${id.slice(0, 100)}${query}`);
        },
      ),
      { numRuns: 20 },
    );
    await fc.assert(
      fc.asyncProperty(hostileId, async (id) => {
        const answer = await send(
          'DELETE',
          `${RELEASES}/${encodeURIComponent(id || 'x')}?projectKey=yaml-demo`,
        );
        expect([200, 400, 404]).toContain(answer.status);
      }),
      { numRuns: 20 },
    );
    expect(await snapshot()).toBe(before);
  });
});
