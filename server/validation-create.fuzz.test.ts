/**
 * Property-based tests of the sandbox's create validation against a real server on port 0: valid K8s
 * and Helm requests (built from the wire schemas' shapes) broken by random and hostile mutations (wrong
 * types, missing required fields, huge strings, deep nesting, bad image references, bad enums). Every
 * malformed request gets a 400 whose description names the bad field, never a 500, and stores nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyText, freshName, helmOnly, helmRequest, mutation } from './test/create-mutations';
import { expectRefused, fuzzClient, RELEASES } from './test/fuzz-client';
import { k8sRequest, serverForTheseTests } from './test/helpers';

const { send, snapshot } = fuzzClient(serverForTheseTests({ pushMs: 60_000 }));

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
