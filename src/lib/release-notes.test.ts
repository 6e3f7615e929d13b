import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReleaseDetail, ReleaseImage } from '../api/model';
import { compareReleases } from './compare-releases';
import {
  comparisonMarkdown,
  csvCell,
  imageListCsv,
  imageListMarkdown,
  mdCell,
  type NotesWords,
} from './release-notes';
import { valuesKeyChanges } from './values-keys';

const words: NotesWords = {
  title: 'Comparison',
  summary: 'Summary',
  header: 'Version fields',
  services: 'Services',
  service: 'Service',
  change: 'Change',
  image: 'Image',
  source: 'Source image',
  target: 'Target image',
  chart: 'Chart',
  none: 'No changes',
  kind: { new: 'new', removed: 'removed', changed: 'changed', unchanged: 'unchanged' },
  field: {
    type: 'Type',
    envName: 'Environment',
    source: 'Source',
    description: 'Description',
    labels: 'Labels',
  },
  value: (field, value) => (field === 'source' ? `(${value})` : value),
  pair: (label, value) => `${label}: ${value}`,
  heading: ({ title, base, head, project }) => `${title}: ${base} → ${head} (${project})`,
};

const img = (c: string, tag: string): ReleaseImage => ({
  containerName: c,
  imageName: c,
  sourceImage: `reg/dev/${c}`,
  sourceImageTag: tag,
  targetImage: `reg/rel/${c}`,
  targetImageTag: tag,
  imagePath: null,
  pushImage: true,
  status: 'passed',
  error: '',
});

function version(services: Array<[string, ReleaseImage[]]>, labels: string[] = []) {
  return {
    name: 'v',
    type: 'K8SYaml',
    envName: 'qa',
    source: 'from_env',
    description: '',
    labels,
    services: services.map(([serviceName, images]) => ({
      serviceName,
      chartName: '',
      chartVersion: '',
      chartStatus: '',
      yamlContent: '',
      error: '',
      images,
    })),
  };
}

describe('comparisonMarkdown', () => {
  it('writes a table of the changed services with base → head references', () => {
    const a = version([
      ['cart', [img('cart', '1')]],
      ['web', [img('web', '1')]],
    ]);
    const b = version(
      [
        ['cart', [img('cart', '2')]],
        ['web', [img('web', '1')]],
        ['pay|x', [img('pay', '1')]],
      ],
      ['GA'],
    );
    const md = comparisonMarkdown(
      compareReleases(a, b),
      { project: 'shop', base: 'v1', head: 'v2' },
      words,
      '1 added, 1 changed',
    );
    expect(md).toContain('# Comparison: `v1` → `v2` (shop)');
    expect(md).toContain('- Labels: → `GA`');
    expect(md).toContain(
      '| cart | changed | cart | `reg/dev/cart:1` → `reg/dev/cart:2` | `reg/rel/cart:1` → `reg/rel/cart:2` |',
    );
    expect(md).toContain('| pay\\|x | new | pay | → `reg/dev/pay:1` | → `reg/rel/pay:1` |');
    expect(md).not.toContain('| web |');
  });

  it('writes descriptions and labels as they read, outside tables: no table escapes, fences that hold any backticks', () => {
    const a = { ...version([], ['a|b', 'x`y']), description: 'Has a | pipe and `backtick` \\ slash' };
    const b = { ...version([], ['a|b', 'new']), description: 'Second | desc with ``double`` ticks' };
    const md = comparisonMarkdown(compareReleases(a, b), { project: 'p', base: 'a', head: 'b' }, words, '');
    expect(md).toContain(
      '- Description: ``Has a | pipe and `backtick` \\ slash`` → ```Second | desc with ``double`` ticks```',
    );
    expect(md).toContain('- Labels: ``a|b, x`y`` → `a|b, new`');
  });

  it('says there is nothing when the versions are the same', () => {
    const a = version([['cart', [img('cart', '1')]]]);
    expect(
      comparisonMarkdown(compareReleases(a, a), { project: 'p', base: 'a', head: 'b' }, words, ''),
    ).toContain('No changes');
  });

  it('every table row has the header’s number of cells, whatever the names hold', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (service, container, tag) => {
        const md = comparisonMarkdown(
          compareReleases(version([]), version([[service, [img(container, tag)]]])),
          { project: 'p', base: 'a', head: 'b' },
          words,
          '',
        );
        const rows = md.split('\n').filter((l) => l.startsWith('|'));
        for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(7);
      }),
    );
  });
});

describe('image lists', () => {
  const release = {
    name: 'v1.2.0',
    type: 'HelmChart',
    services: [
      {
        serviceName: 'api',
        chartName: 'api',
        chartVersion: '1.2.0',
        chartStatus: '',
        yamlContent: '',
        error: '',
        images: [img('api', '=cmd|x')],
      },
    ],
  } satisfies Pick<ReleaseDetail, 'name' | 'type' | 'services'>;
  const listWords = {
    service: 'Service',
    container: 'Container',
    source: 'Source',
    target: 'Target',
    chart: 'Chart',
  };

  it('as Markdown', () => {
    expect(imageListMarkdown(release, listWords)).toBe(
      '# `v1.2.0`\n\n| Service | Container | Source | Target | Chart |\n|---|---|---|---|---|\n' +
        '| api | api | `reg/dev/api:=cmd\\|x` | `reg/rel/api:=cmd\\|x` | `api@1.2.0` |\n',
    );
  });

  it('as CSV, quoted, with formulas neutralised', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(imageListCsv(release, listWords)).toBe(
      'Service,Container,Source,Target,Chart\r\napi,api,reg/dev/api:=cmd|x,reg/rel/api:=cmd|x,api@1.2.0\r\n',
    );
  });

  it('mdCell never leaves a line break or an unescaped pipe', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const cell = mdCell(s);
        expect(cell).not.toMatch(/[\n\r]/);
        expect(cell.split(/(?<!\\)\|/).length).toBe(1);
      }),
    );
  });
});

describe('valuesKeyChanges', () => {
  it('lists added, removed and changed keys as dotted paths', () => {
    expect(
      valuesKeyChanges(
        'image:\n  tag: "1"\nreplicaCount: 1\nhosts: [a]\n',
        'image:\n  tag: "2"\n  pullPolicy: Always\nhosts: [a, b]\n',
      ),
    ).toEqual({ added: ['image.pullPolicy', 'hosts[1]'], removed: ['replicaCount'], changed: ['image.tag'] });
  });

  it('is null for text that is not YAML', () => {
    expect(valuesKeyChanges('a: [', 'a: 1')).toBeNull();
  });

  it('a values file compared with itself has no key changes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        expect(valuesKeyChanges(text, text)).toEqual({ added: [], removed: [], changed: [] });
      }),
    );
  });
});
