import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyForm, emptyService, type WizardForm } from './form-model';
import {
  formatBytes,
  jsonStringBytes,
  oversizeService,
  REQUEST_LIMIT_BYTES,
  requestSize,
} from './request-size';
import { toCreateRequest } from './to-create-request';
import { wizardIssues } from './wizard-schema';

const registries = [
  { id: 'r', address: 'reg.example.com', provider: '', region: '', namespace: 'ns', isDefault: true },
];
const ctx = { projectKey: 'demo', registries };
const utf8 = (s: string) => new TextEncoder().encode(s).length;

function form(yamls: string[]): WizardForm {
  return {
    ...emptyForm('K8SYaml', 'r'),
    name: 'v1.0.0',
    envName: 'dev',
    services: yamls.map((yaml, i) => ({ ...emptyService(`svc-${i}`), yaml, sourceYaml: yaml })),
  };
}

describe('jsonStringBytes', () => {
  it('counts the UTF-8 bytes of the JSON string, escapes and all', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(jsonStringBytes(s)).toBe(utf8(JSON.stringify(s)));
      }),
    );
    for (const s of ['', 'a\nb', '"\\', '\u0001\u007f', '中文', '😀', '\ud800x', 'x\udc00'])
      expect(jsonStringBytes(s)).toBe(utf8(JSON.stringify(s)));
  });
});

describe('requestSize', () => {
  it('is the size of the body the wizard sends', () => {
    const f = form(['kind: Deployment\n', 'a: "中文"\n'.repeat(3000)]);
    const size = requestSize(f, ctx);
    expect(size.total).toBe(utf8(JSON.stringify(toCreateRequest(f, ctx).body)));
    expect(size.services.map((s) => s.index)).toEqual([0, 1]);
    expect(size.services[1]!.bytes).toBe(jsonStringBytes(f.services[1]!.yaml));
  });

  it('leaves out services that are not included', () => {
    const f = form(['a: 1\n', 'b: 2\n']);
    f.services[0]!.included = false;
    expect(requestSize(f, ctx).services.map((s) => s.index)).toEqual([1]);
  });
});

describe('the 10 MB rule', () => {
  const big = (mb: number) => `k: "${'x'.repeat(Math.round(mb * 1024 * 1024))}"\n`;

  it('points at the largest YAML once the whole request is over the limit', () => {
    const under = form([big(4), big(5.9)]);
    expect(oversizeService(requestSize(under, ctx))).toBeNull();
    const over = form([big(4), big(6)]);
    expect(oversizeService(requestSize(over, ctx))?.index).toBe(1);
  });

  it('is an issue on that service’s YAML with the sizes, before its syntax is known', () => {
    const issues = wizardIssues(form([big(1), big(9.5)]), { ...ctx, takenNames: new Set<string>() });
    const yamlIssues = issues.filter((i) => i.path.join('.') === 'services.1.yaml');
    expect(yamlIssues[0]).toMatchObject({
      key: 'requestTooLarge',
      params: { service: 'svc-1', total: '10.6 MB', size: '9.6 MB', limit: '10 MB' },
    });
    expect(issues.some((i) => i.path.join('.') === 'services.0.yaml' && i.key === 'requestTooLarge')).toBe(
      false,
    );
  });
});

describe('formatBytes', () => {
  it('rounds up, so a size just over the limit never reads as the limit', () => {
    expect(formatBytes(REQUEST_LIMIT_BYTES)).toBe('10 MB');
    expect(formatBytes(REQUEST_LIMIT_BYTES + 1)).toBe('10.1 MB');
    expect(formatBytes(3 * 1024 * 1024 + 1)).toBe('3.1 MB');
    expect(formatBytes(1536)).toBe('2 KB');
    expect(formatBytes(999)).toBe('999 B');
  });
});
