/**
 * fast-check arbitraries for hostile input, shared by the property-based tests of the API normalisers
 * (`src/api/*.fuzz.test.ts`) and the sandbox's request validation (`server/*.fuzz.test.ts`).
 * Test-only: nothing in the app imports this module.
 */
import fc from 'fast-check';

/** Strings an attacker or a broken server might send. */
export const PAYLOAD_STRINGS = [
  '',
  ' ',
  '\u0000',
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  'javascript:window.__pwned=1',
  '"><svg onload=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  '__proto__',
  'constructor',
  'prototype',
  'NaN',
  'null',
  'undefined',
  '-1',
  '1e309',
  '\u202Egnp.exe',
  '\uD800',
  '💥🚀',
  '版本管理',
  '../../etc/passwd',
  "'; DROP TABLE releases; --",
  '%00%2e%2e',
] as const;

/** Strings: short unicode (with lone surrogates), payloads, and very long ones (up to ~200 KB). */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 3, arbitrary: fc.constantFrom(...PAYLOAD_STRINGS) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.string({ minLength: 1, maxLength: 8 }), fc.integer({ min: 1_000, max: 200_000 }))
      .map(([s, n]) => s.repeat(Math.ceil(n / s.length)).slice(0, n)),
  },
);

/** Numbers JSON can carry, including the awkward ones. */
export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, -1, 1.5, Number.MAX_SAFE_INTEGER + 2, 1e300, -1e300, 5e-324),
);

/** Arrays and objects nested up to `depth` levels (default 40), as a broken or malicious server might. */
export function deeplyNested(depth = 40): fc.Arbitrary<unknown> {
  return fc
    .tuple(fc.integer({ min: 1, max: depth }), fc.boolean(), fc.jsonValue({ maxDepth: 1 }))
    .map(([n, asArray, leaf]) => {
      // Built as text so that `__proto__` arrives as an own key, as JSON.parse delivers it.
      let text = JSON.stringify(leaf);
      for (let i = 0; i < n; i++) {
        text = asArray ? `[${text}]` : `{"nested":${text},"__proto__":{"polluted":true}}`;
      }
      return JSON.parse(text) as unknown;
    });
}

/** Any JSON value a field could hold instead of the right one: wrong type, null, nesting. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  { weight: 2, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(hostileString, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }) },
  { weight: 1, arbitrary: deeplyNested() },
);

/** Marks a field to leave out of a generated object. */
export const ABSENT = Symbol('absent');

/**
 * A field that is usually `valid`, sometimes a hostile value of another type, sometimes absent.
 * `weights`: [valid, hostile, absent].
 */
export function mostly<T>(
  valid: fc.Arbitrary<T>,
  weights: [number, number, number] = [8, 1, 1],
): fc.Arbitrary<T | unknown> {
  return fc.oneof(
    { weight: weights[0], arbitrary: valid },
    { weight: weights[1], arbitrary: hostileValue },
    { weight: weights[2], arbitrary: fc.constant(ABSENT) },
  );
}

/** An object from a record of field arbitraries, leaving out the fields that came out ABSENT. */
export function objectOf(
  model: Record<string, fc.Arbitrary<unknown>>,
): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(model).map((fields) => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(fields)) if (value !== ABSENT) out[key] = value;
    return out;
  });
}

/** Round-trips through JSON, so a value looks exactly as it would after `response.json()`. */
export function viaJson<T>(value: T): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}
