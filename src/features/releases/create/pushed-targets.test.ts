import { describe, expect, it } from 'vitest';
import type { Registry, ReleaseDetail } from '../../../api/model';
import { emptyForm, emptyImage, emptyService } from './form-model';
import { conflictOf, imageKey, pushedTargets, targetConflicts } from './use-target-safety';

const registry: Registry = {
  id: 'r',
  address: 'https://Harbor.example.com',
  provider: 'harbor',
  region: '',
  namespace: 'mall',
  isDefault: true,
};

function version(name: string, createdAt: number, images: Array<[string, boolean]>): ReleaseDetail {
  return {
    id: name,
    name,
    type: 'K8SYaml',
    source: 'from_env',
    status: 'success',
    labels: [],
    description: '',
    createdBy: '',
    createdAt,
    projectKey: 'p',
    envName: 'dev',
    production: false,
    error: '',
    imageRegistryId: 'r',
    chartRepoName: '',
    services: [
      {
        serviceName: 'storefront',
        chartName: '',
        chartVersion: '',
        chartStatus: '',
        yamlContent: '',
        error: '',
        images: images.map(([target, push]) => ({
          containerName: 'c',
          imageName: 'storefront',
          sourceImage: 'dev.example.com/mall/storefront:b-1',
          sourceImageTag: 'b-1',
          targetImage: target,
          targetImageTag: target.split(':').pop() ?? '',
          imagePath: null,
          pushImage: push,
          status: 'passed',
          error: '',
        })),
      },
    ],
  };
}

describe('pushedTargets', () => {
  it('maps each pushed target to the latest version that pushed it, ignoring images not pushed', () => {
    const pushed = pushedTargets([
      version('v1.10.1', 20, [['harbor.example.com/mall/storefront:v1.10.0', true]]),
      version('v1.10.0', 10, [['harbor.example.com/mall/storefront:v1.10.0', true]]),
      version('v1.9.0', 5, [['harbor.example.com/mall/storefront:v1.9.0', false]]),
    ]);
    expect([...pushed]).toEqual([['harbor.example.com/mall/storefront:v1.10.0', 'v1.10.1']]);
  });

  it('compares registry hosts without case', () => {
    expect(imageKey('Harbor.Example.com/mall/x', 'v1')).toBe('harbor.example.com/mall/x:v1');
    expect(imageKey('harbor.example.com/mall/x', '')).toBeNull();
  });
});

describe('conflicts of the form', () => {
  const pushed = pushedTargets([
    version('v1.10.0', 10, [['harbor.example.com/mall/storefront:v1.10.0', true]]),
  ]);
  const image = { ...emptyImage(), imageName: 'storefront', containerName: 'web', targetTag: 'v1.10.0' };

  it('names the version that owns a target image:tag (derived target repository)', () => {
    expect(conflictOf(image, registry, pushed)).toEqual({
      image: 'harbor.example.com/mall/storefront:v1.10.0',
      version: 'v1.10.0',
    });
    expect(conflictOf({ ...image, targetTag: 'v1.12.1' }, registry, pushed)).toBeNull();
    expect(conflictOf({ ...image, push: false }, registry, pushed)).toBeNull();
  });

  it('lists the conflicts of included services only', () => {
    const form = {
      ...emptyForm('K8SYaml', 'r'),
      services: [
        { ...emptyService('storefront'), images: [image] },
        { ...emptyService('skipped'), included: false, images: [image] },
      ],
    };
    expect(targetConflicts(form, [registry], pushed)).toEqual([
      {
        serviceIndex: 0,
        imageIndex: 0,
        service: 'storefront',
        container: 'web',
        image: 'harbor.example.com/mall/storefront:v1.10.0',
        version: 'v1.10.0',
      },
    ]);
  });
});
