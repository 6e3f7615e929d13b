import { describe, expect, it } from 'vitest';
import type { Registry } from '../../../api/model';
import {
  emptyForm,
  emptyImage,
  emptyService,
  type ServiceForm,
  type WizardForm,
  type WizardType,
} from './form-model';
import { checkCreateRequest, toCreateRequest } from './to-create-request';

const registries: Registry[] = [
  {
    id: 'reg-1',
    address: 'https://harbor.example.com/',
    provider: 'harbor',
    region: '',
    namespace: 'release',
    isDefault: true,
  },
  { id: 'reg-2', address: 'ccr.example.com', provider: 'tcr', region: '', namespace: '', isDefault: false },
];
const ctx = { projectKey: 'demo', registries };

function service(name: string, type: WizardType, extra: Partial<ServiceForm> = {}): ServiceForm {
  const yaml = type === 'HelmChart' ? 'image:\n  repository: a/b\n  tag: "1"\n' : 'kind: Deployment\n';
  return {
    ...emptyService(name),
    yaml,
    sourceYaml: yaml,
    chartVersion: type === 'HelmChart' ? '1.0.1' : '',
    images: [
      {
        ...emptyImage(),
        containerName: name,
        imageName: name,
        sourceRepo: `dev.example.com/team/${name}`,
        sourceTag: '20240101-1',
        targetTag: 'v1.0.0',
        imagePath:
          type === 'HelmChart'
            ? { repo: '', namespace: '', image: ' image.repository ', tag: 'image.tag' }
            : { repo: '', namespace: '', image: '', tag: '' },
      },
    ],
    ...extra,
  };
}

function form(type: WizardType, source: WizardForm['source'], extra: Partial<WizardForm> = {}): WizardForm {
  return {
    ...emptyForm(type, 'reg-1'),
    name: '  v1.0.0 ',
    source,
    envName: source === 'manual' ? '' : 'dev',
    production: false,
    baseId: source === 'from_version' ? 'id-base' : '',
    baseName: source === 'from_version' ? 'v0.9.0' : '',
    baseChartRepo: source === 'from_version' && type === 'HelmChart' ? 'charts-old' : '',
    description: ' first cut ',
    labels: ['stable', ' stable', '', 'qa'],
    chartRepo: type === 'HelmChart' ? ' charts ' : '',
    services: [service('api', type), { ...service('web', type), included: false }],
    ...extra,
  };
}

describe('toCreateRequest: K8s YAML', () => {
  it('from_env: env, production, YAML, derived target image, no Helm fields', () => {
    const request = toCreateRequest(form('K8SYaml', 'from_env', { production: true }), ctx);
    expect(request.type).toBe('K8SYaml');
    expect(request.body).toEqual({
      project_key: 'demo',
      version_name: 'v1.0.0',
      source: 'from_env',
      env_name: 'dev',
      production: true,
      desc: 'first cut',
      labels: ['stable', 'qa'],
      image_registry_id: 'reg-1',
      services: [
        {
          service_name: 'api',
          yaml_content: 'kind: Deployment\n',
          images: [
            {
              container_name: 'api',
              image_name: 'api',
              source_image: 'dev.example.com/team/api:20240101-1',
              source_image_tag: '20240101-1',
              target_image: 'harbor.example.com/release/api:v1.0.0',
              target_image_tag: 'v1.0.0',
              push_image: true,
            },
          ],
        },
      ],
    });
    expect(checkCreateRequest(request)).toEqual([]);
  });

  it('from_version: names the base version and keeps its environment', () => {
    const request = toCreateRequest(form('K8SYaml', 'from_version'), ctx);
    expect(request.body).toMatchObject({
      source: 'from_version',
      // Zadig v4.2+ reads `original_version_name` (pkg/microservice/aslan/core/delivery/service/openapi.go,
      // OpenAPICreateK8SDeliveryVersionV2Request); `original_version` stays for older servers.
      original_version_name: 'v0.9.0',
      original_version: 'v0.9.0',
      env_name: 'dev',
    });
    expect(request.body).not.toHaveProperty('original_chart_repo_name');
    expect(request.body.services[0]).not.toHaveProperty('original_chart_version');
    expect(checkCreateRequest(request)).toEqual([]);
  });

  it('manual: no environment; a service without YAML leaves yaml_content out; a typed target wins', () => {
    const f = form('K8SYaml', 'manual', { envName: 'dev', description: '   ', labels: [] });
    f.services[0] = { ...f.services[0]!, yaml: '  \n' };
    f.services[0].images[0] = {
      ...f.services[0].images[0]!,
      targetRepo: 'mine.example.com/x/api',
      push: false,
    };
    const request = toCreateRequest(f, ctx);
    expect(request.body).not.toHaveProperty('env_name');
    expect(request.body).not.toHaveProperty('production');
    expect(request.body).not.toHaveProperty('desc');
    expect(request.body).not.toHaveProperty('labels');
    expect(request.body).not.toHaveProperty('original_version');
    expect(request.body).not.toHaveProperty('original_version_name');
    expect(request.body.services[0]).not.toHaveProperty('yaml_content');
    expect(request.body.services[0]!.images[0]).toMatchObject({
      target_image: 'mine.example.com/x/api:v1.0.0',
      push_image: false,
    });
    expect(checkCreateRequest(request)).toEqual([]);
  });
});

describe('toCreateRequest: Helm chart', () => {
  it('from_env: chart repo, chart version and image paths (trimmed, empty ones left out)', () => {
    const request = toCreateRequest(form('HelmChart', 'from_env', { registryId: 'reg-2' }), ctx);
    expect(request.type).toBe('HelmChart');
    expect(request.body).toMatchObject({ chart_repo_name: 'charts', env_name: 'dev', source: 'from_env' });
    expect(request.body).not.toHaveProperty('original_chart_repo_name');
    const svc = request.body.services[0]!;
    expect(svc).toMatchObject({ chart_version: '1.0.1' });
    expect(svc).not.toHaveProperty('original_chart_version');
    expect(svc.images[0]).toMatchObject({
      target_image: 'ccr.example.com/api:v1.0.0',
      image_path: { image: 'image.repository', tag: 'image.tag' },
    });
    expect(checkCreateRequest(request)).toEqual([]);
  });

  it('from_version: original version, chart repo and per-service chart version', () => {
    const f = form('HelmChart', 'from_version');
    f.services[0] = { ...f.services[0]!, originalChartVersion: '1.0.0' };
    const request = toCreateRequest(f, ctx);
    expect(request.body).toMatchObject({
      // Zadig v4.2+: OpenAPICreateHelmDeliveryVersionV2Request reads `original_version_name`
      // (pkg/microservice/aslan/core/delivery/service/openapi.go).
      original_version_name: 'v0.9.0',
      original_version: 'v0.9.0',
      original_chart_repo_name: 'charts-old',
      chart_repo_name: 'charts',
    });
    expect(request.body.services[0]).toMatchObject({
      original_chart_version: '1.0.0',
      chart_version: '1.0.1',
    });
    expect(checkCreateRequest(request)).toEqual([]);
  });

  it('manual: no environment; the wire check names a missing chart version, not an image path', () => {
    const f = form('HelmChart', 'manual');
    f.services[0] = { ...f.services[0]!, chartVersion: ' ' };
    f.services[0].images[0] = {
      ...f.services[0].images[0]!,
      imagePath: { repo: '', namespace: '', image: '', tag: '' },
    };
    const request = toCreateRequest(f, ctx);
    expect(request.body).not.toHaveProperty('env_name');
    expect(request.body.services[0]!.images[0]).not.toHaveProperty('image_path');
    // Zadig takes image_path from the template, environment or base version (openapi.go).
    expect(checkCreateRequest(request).map((i) => i.path)).toEqual(['services.0.chart_version']);
  });

  it('an empty chart repository passes the wire check (charts then not pushed, version_v2.go)', () => {
    const request = toCreateRequest(form('HelmChart', 'manual', { chartRepo: '  ' }), ctx);
    expect(request.body).toMatchObject({ chart_repo_name: '' });
    expect(checkCreateRequest(request)).toEqual([]);
  });
});

describe('checkCreateRequest', () => {
  it('refuses a request without services or with a bad image reference', () => {
    const none = toCreateRequest(form('K8SYaml', 'from_env', { services: [] }), ctx);
    expect(checkCreateRequest(none).map((i) => i.path)).toEqual(['services']);
    const f = form('K8SYaml', 'from_env');
    f.services[0]!.images[0] = { ...f.services[0]!.images[0]!, sourceRepo: 'Not A Ref' };
    expect(checkCreateRequest(toCreateRequest(f, ctx)).map((i) => i.path)).toEqual([
      'services.0.images.0.source_image',
    ]);
  });
});

// koderover/zadig pkg/microservice/aslan/core/delivery/service/openapi.go: K8s from_env renders the YAML
// from the environment, Helm from_env generates the values from it, Helm from_version copies the base's.
describe('what Zadig decides is sent as read, never as edited', () => {
  const edited = (type: WizardType, source: WizardForm['source']) => {
    const f = form(type, source);
    f.services[0] = { ...f.services[0]!, sourceYaml: 'as: read\n', yaml: 'as: edited\n' };
    return toCreateRequest(f, ctx).body.services[0]!.yaml_content;
  };

  it('K8s from_env, Helm from_env and Helm from_version carry the YAML as read', () => {
    expect(edited('K8SYaml', 'from_env')).toBe('as: read\n');
    expect(edited('HelmChart', 'from_env')).toBe('as: read\n');
    expect(edited('HelmChart', 'from_version')).toBe('as: read\n');
  });

  it("K8s from_version and manual versions carry the edited YAML (Zadig uses the body's)", () => {
    expect(edited('K8SYaml', 'from_version')).toBe('as: edited\n');
    expect(edited('K8SYaml', 'manual')).toBe('as: edited\n');
    expect(edited('HelmChart', 'manual')).toBe('as: edited\n');
  });
});
