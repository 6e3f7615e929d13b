import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReleaseImage, ReleaseService } from '../api/model';
import { compareHeader, compareReleases, splitChange } from './compare-releases';

function image(container: string, sourceTag: string, targetTag: string): ReleaseImage {
  return {
    containerName: container,
    imageName: container,
    sourceImage: `harbor.example.com/dev/${container}`,
    sourceImageTag: sourceTag,
    targetImage: `harbor.example.com/release/${container}`,
    targetImageTag: targetTag,
    imagePath: null,
    pushImage: true,
    status: 'passed',
    error: '',
  };
}

function service(name: string, images: ReleaseImage[], extra: Partial<ReleaseService> = {}): ReleaseService {
  return {
    serviceName: name,
    chartName: '',
    chartVersion: '',
    chartStatus: '',
    yamlContent: `kind: Deployment\nname: ${name}\n`,
    error: '',
    images,
    ...extra,
  };
}

const header = { type: 'K8SYaml', envName: 'qa', source: 'from_env', description: 'd', labels: ['GA'] };

describe('compareReleases', () => {
  it('marks services new, removed, changed and unchanged, and counts the images that changed', () => {
    const base = {
      ...header,
      services: [
        service('cart', [image('cart', '1-main', 'v1')]),
        service('web', [image('web', '2-main', 'v1')]),
        service('old', [image('old', '3-main', 'v1'), image('sidecar', 'x', 'x')]),
      ],
    };
    const head = {
      ...header,
      services: [
        service('cart', [image('cart', '5-main', 'v2')]),
        service('web', [image('web', '2-main', 'v1')]),
        service('fresh', [image('fresh', '9-main', 'v2')]),
      ],
    };
    const result = compareReleases(base, head);
    expect(result.services.map((s) => [s.serviceName, s.kind])).toEqual([
      ['cart', 'changed'],
      ['web', 'unchanged'],
      ['old', 'removed'],
      ['fresh', 'new'],
    ]);
    expect(result.counts).toEqual({ new: 1, removed: 1, changed: 1, unchanged: 1, imagesChanged: 4 });
    const cart = result.services[0]!.images[0]!;
    expect(cart.sourceBase).toBe('harbor.example.com/dev/cart:1-main');
    expect(cart.sourceHead).toBe('harbor.example.com/dev/cart:5-main');
    expect(cart.targetHead).toBe('harbor.example.com/release/cart:v2');
  });

  it('sees a Helm chart version change and a values change with the same images', () => {
    const img = [image('api', 'main-42', '2.0.0')];
    const base = { ...header, services: [service('api', img, { chartName: 'api', chartVersion: '2.0.0' })] };
    const head = {
      ...header,
      services: [service('api', img, { chartName: 'api', chartVersion: '2.1.0', yamlContent: 'x: 1\n' })],
    };
    const [api] = compareReleases(base, head).services;
    expect(api).toMatchObject({ kind: 'changed', chartChanged: true, yamlChanged: true });
    expect(api!.images[0]!.kind).toBe('unchanged');
  });

  it('ignores image push status: the same references in a failed and a passed version are unchanged', () => {
    const a = { ...image('cart', '1', 'v1'), status: 'failed', error: 'manifest unknown' };
    const result = compareReleases(
      { ...header, services: [service('cart', [a])] },
      { ...header, services: [service('cart', [image('cart', '1', 'v1')])] },
    );
    expect(result.counts.unchanged).toBe(1);
  });

  it('matches repeated container names in order', () => {
    const base = { ...header, services: [service('s', [image('c', '1', '1'), image('c', '2', '2')])] };
    const head = { ...header, services: [service('s', [image('c', '1', '1'), image('c', '3', '3')])] };
    const [s] = compareReleases(base, head).services;
    expect(s!.images.map((i) => [i.key, i.kind])).toEqual([
      ['c', 'unchanged'],
      ['c#2', 'changed'],
    ]);
  });
});

describe('compareHeader', () => {
  it('lists the fields that differ, labels as added and removed', () => {
    const diff = compareHeader(header, { ...header, envName: 'prod', labels: ['GA', 'hotfix'] });
    expect(diff).toEqual([
      { field: 'envName', base: 'qa', head: 'prod' },
      { field: 'labels', base: 'GA', head: 'GA, hotfix', added: ['hotfix'], removed: [] },
    ]);
  });
});

describe('splitChange', () => {
  it('keeps the common start and end apart from the changed middle', () => {
    expect(splitChange('repo/cart:20250908-1-main', 'repo/cart:20250910-5-main')).toEqual({
      prefix: 'repo/cart:202509',
      base: '08-1',
      head: '10-5',
      suffix: '-main',
    });
    expect(splitChange('same', 'same')).toEqual({ prefix: 'same', base: '', head: '', suffix: '' });
    expect(splitChange('', 'new')).toEqual({ prefix: '', base: '', head: 'new', suffix: '' });
  });
});

// ---- properties -------------------------------------------------------------------------------

const arbImage = fc
  .record({
    container: fc.constantFrom('app', 'sidecar', 'init', ''),
    sourceTag: fc.constantFrom('1', '2', '3'),
    targetTag: fc.constantFrom('v1', 'v2'),
  })
  .map(({ container, sourceTag, targetTag }) => image(container, sourceTag, targetTag));

const arbService = fc
  .record({
    name: fc.constantFrom('cart', 'web', 'api', 'order', 'pay', 'user'),
    images: fc.array(arbImage, { maxLength: 3 }),
    yaml: fc.constantFrom('a: 1\n', 'a: 2\n', ''),
    chartVersion: fc.constantFrom('', '1.0.0', '1.1.0'),
  })
  .map(({ name, images, yaml, chartVersion }) =>
    service(name, images, { yamlContent: yaml, chartName: chartVersion ? name : '', chartVersion }),
  );

const arbVersion = fc
  .record({
    services: fc.uniqueArray(arbService, { selector: (s) => s.serviceName, maxLength: 6 }),
    envName: fc.constantFrom('', 'qa', 'prod'),
    labels: fc.uniqueArray(fc.constantFrom('GA', 'hotfix', 'beta'), { maxLength: 3 }),
    description: fc.string({ maxLength: 8 }),
  })
  .map((v) => ({ ...header, ...v }));

describe('compareReleases (properties)', () => {
  it('a version compared with itself has no changes', () => {
    fc.assert(
      fc.property(arbVersion, (v) => {
        const result = compareReleases(v, v);
        expect(result.header).toEqual([]);
        expect(result.counts).toEqual({
          new: 0,
          removed: 0,
          changed: 0,
          unchanged: v.services.length,
          imagesChanged: 0,
        });
      }),
    );
  });

  it('swapping base and head swaps new and removed, and keeps changed and unchanged', () => {
    fc.assert(
      fc.property(arbVersion, arbVersion, (a, b) => {
        const forward = compareReleases(a, b);
        const backward = compareReleases(b, a);
        expect(backward.counts).toEqual({
          ...forward.counts,
          new: forward.counts.removed,
          removed: forward.counts.new,
        });
        const kinds = new Map(forward.services.map((s) => [s.serviceName, s.kind]));
        const swap = { new: 'removed', removed: 'new', changed: 'changed', unchanged: 'unchanged' } as const;
        for (const s of backward.services) expect(s.kind).toBe(swap[kinds.get(s.serviceName)!]);
        expect(backward.header.map((d) => d.field)).toEqual(forward.header.map((d) => d.field));
      }),
    );
  });

  it('the counts add up to every service of either version, each once', () => {
    fc.assert(
      fc.property(arbVersion, arbVersion, (a, b) => {
        const { counts, services } = compareReleases(a, b);
        const names = new Set([...a.services, ...b.services].map((s) => s.serviceName));
        expect(counts.new + counts.removed + counts.changed + counts.unchanged).toBe(names.size);
        expect(new Set(services.map((s) => s.serviceName))).toEqual(names);
        expect(counts.new).toBe(
          b.services.filter((s) => !a.services.some((x) => x.serviceName === s.serviceName)).length,
        );
      }),
    );
  });

  it('splitChange puts each side back together', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (x, y) => {
        const p = splitChange(x, y);
        expect(p.prefix + p.base + p.suffix).toBe(x);
        expect(p.prefix + p.head + p.suffix).toBe(y);
      }),
    );
  });
});
