import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  listK8sContainers,
  replaceImageOccurrences,
  substituteHelmValues,
  substituteK8sYaml,
} from './substitute-images';

const deployment = `# order service
apiVersion: apps/v1
kind: Deployment
metadata:
  name: order
  annotations:
    built-from: "harbor.example.com/mall/order:1.0"   # keep me
spec:
  template:
    spec:
      initContainers:
      - name: migrate
        image: harbor.example.com/mall/order-migrate:1.0
      containers:
      - name: order
        image: harbor.example.com/mall/order:1.0
        env:
        - name: SIDECAR_IMAGE
          value: harbor.example.com/mall/order:1.0
      - name: sidecar
        image: 'harbor.example.com/mall/order:10'
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: order-config
data:
  script: |
    docker pull harbor.example.com/mall/order:1.0
`;

describe('substituteK8sYaml', () => {
  const images = [
    {
      container_name: 'order',
      source_image: 'harbor.example.com/mall/order:1.0',
      target_image: 'release.example.com/prod/order:v2.0.0',
    },
  ];

  it('sets the named container and replaces remaining source occurrences, keeping the rest', () => {
    const out = substituteK8sYaml(deployment, images, { source: 'from_env' });
    expect(out).toContain('      - name: order\n        image: release.example.com/prod/order:v2.0.0\n');
    expect(out).toContain('built-from: "release.example.com/prod/order:v2.0.0"   # keep me');
    expect(out).toContain('value: release.example.com/prod/order:v2.0.0');
    expect(out).toContain('docker pull release.example.com/prod/order:v2.0.0\n');
    // a longer tag is a different image and the init container is not named
    expect(out).toContain("image: 'harbor.example.com/mall/order:10'");
    expect(out).toContain('image: harbor.example.com/mall/order-migrate:1.0');
    expect(out.startsWith('# order service\n')).toBe(true);
    expect(listK8sContainers(out).map((c) => c.image)).toEqual([
      'harbor.example.com/mall/order-migrate:1.0',
      'release.example.com/prod/order:v2.0.0',
      'harbor.example.com/mall/order:10',
    ]);
  });

  it('for manual versions sets only the named container', () => {
    const out = substituteK8sYaml(deployment, images, { source: 'manual' });
    expect(out).toContain('        image: release.example.com/prod/order:v2.0.0\n');
    expect(out).toContain('value: harbor.example.com/mall/order:1.0');
    expect(out).toContain('built-from: "harbor.example.com/mall/order:1.0"');
  });

  it('returns the text unchanged when nothing matches', () => {
    const none = [{ container_name: 'x', source_image: 'a.io/b/c:1', target_image: 'a.io/b/c:2' }];
    expect(substituteK8sYaml(deployment, none, { source: 'from_env' })).toBe(deployment);
  });

  it('falls back to text replacement for YAML that does not parse', () => {
    const broken = 'image: a.io/b/c:1\n  bad: [\n';
    const out = substituteK8sYaml(
      broken,
      [{ container_name: 'c', source_image: 'a.io/b/c:1', target_image: 'a.io/b/c:2' }],
      {
        source: 'from_version',
      },
    );
    expect(out).toBe('image: a.io/b/c:2\n  bad: [\n');
  });
});

describe('replaceImageOccurrences', () => {
  it('matches whole references only', () => {
    expect(replaceImageOccurrences('x a.io/b:1 a.io/b:10 c/a.io/b:1', 'a.io/b:1', 'z.io/b:2')).toBe(
      'x z.io/b:2 a.io/b:10 c/a.io/b:1',
    );
  });
});

describe('substituteHelmValues', () => {
  const values = `# values for service2
fullnameOverride: service2
image:
  repository: ccr.example.com/koderover-demo/service2   # the repo
  tag: "latest"
deploy:
  registry: old.example.com
  ns: old
  name: old
  version: old
port: 20222
`;
  it('writes image + tag in place and keeps comments', () => {
    const out = substituteHelmValues(values, [
      {
        target_image: 'ccr.example.com/koderover-demo/service2:123',
        image_path: { image: 'image.repository', tag: 'image.tag' },
      },
    ]);
    expect(out).toBe(values.replace('tag: "latest"', 'tag: "123"'));
    expect(parse(out).image.tag).toBe('123');
  });
  it('quotes a numeric tag written over a plain scalar', () => {
    const out = substituteHelmValues('image:\n  repo: a\n  tag: latest\n', [
      { target_image: 'r.io/ns/app:123', image_path: { image: 'image.repo', tag: 'image.tag' } },
    ]);
    expect(out).toBe('image:\n  repo: r.io/ns/app\n  tag: "123"\n');
  });
  it('writes the four-key form', () => {
    const out = substituteHelmValues(values, [
      {
        target_image: 'new.example.com/team/app:v1.2.0',
        image_path: {
          repo: 'deploy.registry',
          namespace: 'deploy.ns',
          image: 'deploy.name',
          tag: 'deploy.version',
        },
      },
    ]);
    expect(parse(out).deploy).toEqual({
      registry: 'new.example.com',
      ns: 'team',
      name: 'app',
      version: 'v1.2.0',
    });
    expect(out).toContain('# values for service2');
  });
  it('writes the single-key form and creates missing keys', () => {
    const out = substituteHelmValues(values, [
      { target_image: 'new.example.com/team/app:v1', image_path: { image: 'extra.image' } },
    ]);
    expect(parse(out).extra).toEqual({ image: 'new.example.com/team/app:v1' });
    expect(parse(out).port).toBe(20222);
  });
  it('skips images without image_path', () => {
    expect(substituteHelmValues(values, [{ target_image: 'a.io/b:1', image_path: null }])).toBe(values);
  });
});
