import { describe, expect, it } from 'vitest';
import type { EnvironmentDetail, Registry, ReleaseDetail } from '../../../api/model';
import { chartHistory } from './history';
import {
  knownImagePaths,
  serviceFromTemplate,
  servicesFromEnv,
  servicesFromVersion,
  splitImage,
} from './prefill';

const registries: Registry[] = [
  {
    id: 'r',
    address: 'https://harbor.example.com',
    provider: '',
    region: '',
    namespace: 'release',
    isDefault: true,
  },
];

const env: EnvironmentDetail = {
  name: 'staging',
  registryId: 'r',
  production: false,
  services: [
    {
      serviceName: 'gateway',
      type: 'helm',
      status: 'Running',
      containers: [
        {
          name: 'gateway',
          image: 'dev.example.com/pay/gateway:b-12',
          imageName: 'gateway',
          imagePath: { image: 'image.repository', tag: 'image.tag' },
        },
      ],
    },
  ],
};

const base: ReleaseDetail = {
  id: 'b',
  name: 'v2.0.0',
  type: 'HelmChart',
  source: 'from_env',
  status: 'success',
  labels: [],
  description: '',
  createdBy: '',
  createdAt: 10,
  projectKey: 'p',
  envName: 'staging',
  production: false,
  error: '',
  imageRegistryId: 'r',
  chartRepoName: 'charts',
  services: [
    {
      serviceName: 'gateway',
      chartName: 'gateway',
      chartVersion: '1.4.2',
      chartStatus: 'passed',
      yamlContent: 'image:\n  tag: v2.0.0\n',
      error: '',
      images: [
        {
          containerName: 'gateway',
          imageName: 'gateway',
          sourceImage: 'dev.example.com/pay/gateway:b-12',
          sourceImageTag: 'b-12',
          targetImage: 'harbor.example.com/release/gateway:v2.0.0',
          targetImageTag: 'v2.0.0',
          imagePath: { image: 'image.repository', tag: 'image.tag' },
          pushImage: true,
          status: 'passed',
          error: '',
        },
        {
          containerName: 'proxy',
          imageName: 'envoy',
          sourceImage: 'docker.io/envoyproxy/envoy:v1.30',
          sourceImageTag: 'v1.30',
          targetImage: 'other.example.com/mirror/envoy:v1.30',
          targetImageTag: 'v1.30',
          imagePath: { image: 'proxy.image' },
          pushImage: false,
          status: '',
          error: '',
        },
      ],
    },
  ],
};

describe('splitImage', () => {
  it('separates repository and tag, defaulting to latest', () => {
    expect(splitImage('reg.example.com:5000/a/b:1.0')).toEqual({
      repo: 'reg.example.com:5000/a/b',
      tag: '1.0',
    });
    expect(splitImage('nginx')).toEqual({ repo: 'nginx', tag: 'latest' });
  });
});

describe('servicesFromEnv', () => {
  it('takes each service with its values, image paths and a chart version suggestion', () => {
    const [svc] = servicesFromEnv(env, new Map([['gateway', 'a: 1\n']]), 'HelmChart', chartHistory([base]));
    expect(svc).toMatchObject({
      serviceName: 'gateway',
      included: true,
      yaml: 'a: 1\n',
      sourceYaml: 'a: 1\n',
      chartVersion: '1.4.3',
    });
    expect(svc!.images[0]).toMatchObject({
      containerName: 'gateway',
      sourceRepo: 'dev.example.com/pay/gateway',
      sourceTag: 'b-12',
      targetRepo: '',
      // The build tag is not a release tag: the target follows the new version's name.
      targetTag: '',
      tagFollowsName: true,
      imagePath: { repo: '', namespace: '', image: 'image.repository', tag: 'image.tag' },
    });
  });

  it('leaves image paths out for K8s', () => {
    const [svc] = servicesFromEnv(env, new Map(), 'K8SYaml');
    expect(svc!.images[0]!.imagePath).toEqual({ repo: '', namespace: '', image: '', tag: '' });
    expect(svc!.chartVersion).toBe('');
  });
});

describe('servicesFromVersion', () => {
  it('copies images, keeps a target repository that differs from the derived one, and the chart versions', () => {
    const [svc] = servicesFromVersion(base, registries, 'r', chartHistory([base]));
    expect(svc).toMatchObject({
      originalChartVersion: '1.4.2',
      chartVersion: '1.4.3',
      yaml: 'image:\n  tag: v2.0.0\n',
    });
    expect(svc!.images[0]).toMatchObject({
      targetRepo: '',
      // Never the base version's own (already pushed) tag: it follows the new version's name.
      targetTag: '',
      tagFollowsName: true,
      sourceTag: 'b-12',
      push: true,
    });
    expect(svc!.images[1]).toMatchObject({ targetRepo: 'other.example.com/mirror/envoy', push: false });
  });
});

describe('serviceFromTemplate', () => {
  it('takes the template containers and leaves the YAML to the server', () => {
    const svc = serviceFromTemplate(
      {
        serviceName: 'ledger',
        source: 'spock',
        type: 'helm',
        containers: [{ name: 'ledger', image: 'dev.example.com/pay/ledger:latest', imageName: 'ledger' }],
      },
      'HelmChart',
    );
    expect(svc).toMatchObject({ serviceName: 'ledger', yaml: '', chartVersion: '' });
    expect(svc.images[0]).toMatchObject({ sourceRepo: 'dev.example.com/pay/ledger', sourceTag: 'latest' });
  });

  it('Helm: starts with the image paths an environment runs the same service with', () => {
    const template = {
      serviceName: 'gateway',
      source: 'spock',
      type: 'helm',
      containers: [{ name: 'gateway', image: 'dev.example.com/pay/gateway:latest', imageName: 'gateway' }],
    };
    const other = { ...env, services: [{ ...env.services[0]!, serviceName: 'other' }] };
    const svc = serviceFromTemplate(template, 'HelmChart', undefined, [], knownImagePaths([other, env]));
    expect(svc.images[0]!.imagePath).toEqual({
      repo: '',
      namespace: '',
      image: 'image.repository',
      tag: 'image.tag',
    });
    expect(serviceFromTemplate(template, 'HelmChart').images[0]!.imagePath.image).toBe('');
  });
});
