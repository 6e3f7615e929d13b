import { describe, expect, it } from 'vitest';
import { analyseYaml } from '../../../lib/yaml-analysis';
import { emptyImage, type ImageForm } from './form-model';
import { imagesFromYaml } from './prefill';

const YAML = `apiVersion: apps/v1
kind: Deployment
spec:
  template:
    spec:
      initContainers:
        - name: migrate
          image: harbor.example.com/mall/migrate:1
      containers:
        - name: web
          image: harbor.example.com/mall/web:2
---
kind: Service
metadata:
  name: web
`;

describe('imagesFromYaml', () => {
  it('finds every container of the pasted workloads, as the environment path does', () => {
    const images = imagesFromYaml([], analyseYaml(YAML).containers, 'K8SYaml');
    expect(images.map((i) => [i.containerName, i.imageName, i.sourceRepo, i.sourceTag])).toEqual([
      ['migrate', 'migrate', 'harbor.example.com/mall/migrate', '1'],
      ['web', 'web', 'harbor.example.com/mall/web', '2'],
    ]);
    // Their target tags follow the version name, as every new image's do.
    expect(images.every((i) => i.tagFollowsName && i.fromYaml && i.push)).toBe(true);
  });

  it('follows later edits of the YAML and keeps images added by hand or from a template', () => {
    const byHand: ImageForm = { ...emptyImage(), containerName: 'sidecar', tagFollowsName: false };
    const first = imagesFromYaml([byHand], analyseYaml(YAML).containers, 'K8SYaml');
    const edited = YAML.replace('web:2', 'web:3').replace(/ {8}- name: migrate\n.*\n/, '');
    const second = imagesFromYaml(first, analyseYaml(edited).containers, 'K8SYaml');
    expect(second.map((i) => [i.containerName, i.sourceTag])).toEqual([
      ['sidecar', ''],
      ['web', '3'],
    ]);
    expect(second[0]).toBe(byHand);
  });

  it('returns the same list when nothing changed', () => {
    const images = imagesFromYaml([], analyseYaml(YAML).containers, 'K8SYaml');
    expect(imagesFromYaml(images, analyseYaml(YAML).containers, 'K8SYaml')).toBe(images);
  });

  it('finds nothing in YAML with a syntax error', () => {
    expect(analyseYaml('containers:\n  - name: a\n   image: [\n').containers).toEqual([]);
  });
});
