import { describe, expect, it } from 'vitest';
import type { Project, Registry, ReleaseDetail } from '../../../api/model';
import { initialForm, typeFromParam } from './form-model';

const registries: Registry[] = [
  { id: 'a', address: 'a.example.com', provider: '', region: '', namespace: '', isDefault: false },
  { id: 'b', address: 'b.example.com', provider: '', region: '', namespace: 'ns', isDefault: true },
];
const helmProject: Project = { key: 'p', name: 'P', description: '', deployType: 'helm' };

describe('initialForm', () => {
  it('takes the type from the project, the default registry and the latest chart repository', () => {
    const form = initialForm({ project: helmProject, registries, type: null, chartRepos: ['recent', 'old'] });
    expect(form).toMatchObject({
      type: 'HelmChart',
      registryId: 'b',
      chartRepo: 'recent',
      source: 'from_env',
    });
  });

  it('lets ?type= override the project type', () => {
    expect(typeFromParam('k8s')).toBe('K8SYaml');
    expect(typeFromParam('other')).toBeNull();
    expect(initialForm({ project: helmProject, registries, type: typeFromParam('k8s') }).type).toBe(
      'K8SYaml',
    );
  });

  it('starts from a base version so that only a name is missing', () => {
    const base: ReleaseDetail = {
      id: 'id1',
      name: 'v1',
      type: 'K8SYaml',
      source: 'from_env',
      status: 'success',
      labels: ['GA'],
      description: 'old text',
      createdBy: '',
      createdAt: 1,
      projectKey: 'p',
      envName: 'qa',
      production: true,
      error: '',
      imageRegistryId: 'a',
      chartRepoName: '',
      services: [
        {
          serviceName: 's',
          chartName: '',
          chartVersion: '',
          chartStatus: '',
          yamlContent: 'k: v\n',
          error: '',
          images: [],
        },
      ],
    };
    const form = initialForm({ project: helmProject, registries, type: 'HelmChart', base });
    expect(form).toMatchObject({
      type: 'K8SYaml',
      source: 'from_version',
      baseId: 'id1',
      baseName: 'v1',
      envName: 'qa',
      production: true,
      registryId: 'a',
      labels: ['GA'],
      name: '',
      description: '',
    });
    expect(form.services.map((s) => [s.serviceName, s.yaml])).toEqual([['s', 'k: v\n']]);
  });
});
