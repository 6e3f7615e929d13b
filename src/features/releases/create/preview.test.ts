import { describe, expect, it } from 'vitest';
import type { Registry } from '../../../api/model';
import { emptyForm, emptyImage, emptyService, type ServiceForm, type WizardForm } from './form-model';
import { storedYaml } from './to-create-request';

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

const k8sYaml = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api # the API
spec:
  template:
    spec:
      containers:
        - name: api
          image: dev.example.com/team/api:build-7
        - name: sidecar
          image: dev.example.com/team/log:1.0
      initContainers:
        - name: migrate
          image: "dev.example.com/team/api:build-7"
`;

function service(yaml: string, extra: Partial<ServiceForm> = {}): ServiceForm {
  return {
    ...emptyService('api'),
    yaml,
    sourceYaml: yaml,
    images: [
      {
        ...emptyImage(),
        containerName: 'api',
        imageName: 'api',
        sourceRepo: 'dev.example.com/team/api',
        sourceTag: 'build-7',
        targetTag: 'v2.0.0',
      },
    ],
    ...extra,
  };
}

function form(type: WizardForm['type'], source: WizardForm['source']): WizardForm {
  return { ...emptyForm(type, 'r'), source };
}

describe('storedYaml (K8s)', () => {
  it('writes the target image into the named container and replaces other uses of the source', () => {
    const out = storedYaml(form('K8SYaml', 'from_env'), service(k8sYaml), registries);
    expect(out).toContain('          image: harbor.example.com/release/api:v2.0.0\n');
    expect(out).toContain('image: "harbor.example.com/release/api:v2.0.0"');
    expect(out).toContain('image: dev.example.com/team/log:1.0');
    expect(out).toContain('name: api # the API');
  });

  it('for a manual version only touches the named container', () => {
    const out = storedYaml(form('K8SYaml', 'manual'), service(k8sYaml), registries);
    expect(out).toContain('          image: harbor.example.com/release/api:v2.0.0\n');
    expect(out).toContain('image: "dev.example.com/team/api:build-7"');
  });

  it('uses a typed target repository over the derived one', () => {
    const s = service(k8sYaml);
    s.images[0] = { ...s.images[0]!, targetRepo: 'mine.example.com/x/api' };
    expect(storedYaml(form('K8SYaml', 'from_env'), s, registries)).toContain(
      'image: mine.example.com/x/api:v2.0.0',
    );
  });
});

describe('storedYaml (Helm values via image_path)', () => {
  const values = 'replicaCount: 1\nimage:\n  repository: dev.example.com/team/api\n  tag: build-7\n';

  it('writes repository and tag at their paths', () => {
    const s = service(values);
    s.images[0] = {
      ...s.images[0]!,
      imagePath: { repo: '', namespace: '', image: 'image.repository', tag: 'image.tag' },
    };
    expect(storedYaml(form('HelmChart', 'from_env'), s, registries)).toBe(
      'replicaCount: 1\nimage:\n  repository: harbor.example.com/release/api\n  tag: v2.0.0\n',
    );
  });

  it('writes the whole reference at a single path, creating it when missing', () => {
    const s = service('replicaCount: 1\n');
    s.images[0] = { ...s.images[0]!, imagePath: { repo: '', namespace: '', image: 'app.image', tag: '' } };
    const out = storedYaml(form('HelmChart', 'manual'), s, registries);
    expect(out).toContain('app:\n  image: harbor.example.com/release/api:v2.0.0');
  });

  it('keeps a numeric-looking tag a string', () => {
    const s = service(values);
    s.images[0] = {
      ...s.images[0]!,
      targetTag: '123',
      imagePath: { repo: '', namespace: '', image: 'image.repository', tag: 'image.tag' },
    };
    expect(storedYaml(form('HelmChart', 'from_env'), s, registries)).toContain('tag: "123"');
  });
});
