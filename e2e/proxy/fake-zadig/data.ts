/**
 * The fake Zadig's in-memory data, kept in the shapes real v4.0+ servers use internally: list items
 * carry `create_time`; details carry `version`, `project_name`, `desc`, `created_at`, `deleted_at`
 * and no `id`.
 */
import { randomBytes } from 'node:crypto';

export interface FakeImage {
  container_name: string;
  image_name: string;
  source_image: string;
  source_image_tag: string;
  target_image: string;
  target_image_tag: string;
  image_path: Record<string, string> | null;
  push_image: boolean;
  status: string;
  error: string;
}

export interface FakeService {
  service_name: string;
  chart_name: string;
  original_chart_version: string;
  chart_version: string;
  chart_status: string;
  yaml_content: string;
  images: FakeImage[];
  error: string;
}

export interface FakeVersion {
  id: string;
  version: string;
  project_name: string;
  env_name: string;
  production: boolean;
  type: 'K8SYaml' | 'HelmChart';
  source: string;
  desc: string;
  labels: string[];
  image_registry_id: string;
  chart_repo_name: string;
  services: FakeService[];
  status: string;
  error: string;
  created_by: string;
  created_at: number;
}

export interface FakeProject {
  project_name: string;
  project_key: string;
  description: string;
  deploy_type: 'k8s' | 'helm';
}

export const PROJECTS: FakeProject[] = [
  {
    project_name: 'Shop (YAML)',
    project_key: 'yaml-demo',
    description: 'K8s YAML services',
    deploy_type: 'k8s',
  },
  {
    project_name: 'Shop (Helm)',
    project_key: 'helm-demo',
    description: 'Helm chart services',
    deploy_type: 'helm',
  },
];

export const REGISTRY = {
  registry_id: '683047fe458904519c5f5c80',
  address: 'registry.example.com',
  provider: 'native',
  region: '',
  namespace: 'shop',
  is_default: true,
};

/** An image reference that never exists: versions using it fail until it is "published". */
export const MISSING_IMAGE_MARK = 'does-not-exist';

export function newId(): string {
  return randomBytes(12).toString('hex');
}

export function deploymentYaml(service: string, image: string): string {
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${service}`,
    'spec:',
    '  replicas: 1',
    '  template:',
    '    spec:',
    '      containers:',
    `      - name: ${service}`,
    `        image: ${image}`,
    '        ports:',
    '        - containerPort: 8080',
    '',
  ].join('\n');
}

function k8sService(service: string, sourceTag: string, targetTag: string, status = 'passed'): FakeService {
  const source = `registry.example.com/shop/${service}:${sourceTag}`;
  const target = `registry.example.com/release/${service}:${targetTag}`;
  return {
    service_name: service,
    chart_name: '',
    original_chart_version: '',
    chart_version: '',
    chart_status: '',
    yaml_content: deploymentYaml(service, target),
    images: [
      {
        container_name: service,
        image_name: service,
        source_image: source,
        source_image_tag: sourceTag,
        target_image: target,
        target_image_tag: targetTag,
        image_path: null,
        push_image: true,
        status,
        error: status === 'failed' ? `pull ${source}: manifest unknown` : '',
      },
    ],
    error: '',
  };
}

function helmService(service: string, chartVersion: string, tag: string): FakeService {
  return {
    service_name: service,
    chart_name: service,
    original_chart_version: '',
    chart_version: chartVersion,
    chart_status: 'passed',
    yaml_content: `image:\n  repository: registry.example.com/release/${service}\n  tag: "${tag}"\nreplicaCount: 1\n`,
    images: [
      {
        container_name: service,
        image_name: service,
        source_image: `registry.example.com/shop/${service}:main-42`,
        source_image_tag: 'main-42',
        target_image: `registry.example.com/release/${service}:${tag}`,
        target_image_tag: tag,
        image_path: { image: 'image.repository', tag: 'image.tag' },
        push_image: true,
        status: 'passed',
        error: '',
      },
    ],
    error: '',
  };
}

/** The versions every fresh fake starts with (newest last). */
export function seedVersions(now = Math.floor(Date.now() / 1000)): FakeVersion[] {
  const base = {
    env_name: 'dev',
    production: false,
    labels: [] as string[],
    image_registry_id: REGISTRY.registry_id,
    created_by: 'lilian',
    error: '',
  };
  return [
    {
      ...base,
      id: newId(),
      version: 'v1.0.0',
      project_name: 'yaml-demo',
      type: 'K8SYaml',
      source: 'from_env',
      desc: 'First release of the shop',
      labels: ['stable'],
      chart_repo_name: '',
      services: [
        k8sService('cart', '20250908-1-main', 'v1.0.0'),
        k8sService('web', '20250908-2-main', 'v1.0.0'),
      ],
      status: 'success',
      created_at: now - 86_400 * 3,
    },
    {
      ...base,
      id: newId(),
      version: 'v1.1.0',
      project_name: 'yaml-demo',
      type: 'K8SYaml',
      source: 'from_env',
      desc: 'Cart rewrite',
      chart_repo_name: '',
      services: [
        k8sService('cart', '20250910-5-main', 'v1.1.0', 'failed'),
        k8sService('web', '20250910-6-main', 'v1.1.0'),
      ],
      status: 'failed',
      error: 'image distribution failed: cart',
      created_at: now - 86_400,
    },
    {
      ...base,
      id: newId(),
      version: 'chart-2.0.0',
      project_name: 'helm-demo',
      type: 'HelmChart',
      source: 'from_env',
      desc: '',
      chart_repo_name: 'charts',
      services: [helmService('api', '2.0.0', '2.0.0')],
      status: 'success',
      created_at: now - 3_600,
    },
  ];
}

export const ENVIRONMENTS = [
  {
    env_key: 'dev',
    envName: 'dev',
    namespace: 'shop-dev',
    production: false,
    registry_id: REGISTRY.registry_id,
    status: 'Running',
  },
];

/** What each project's `dev` environment runs (service → image). */
export const ENV_IMAGES: Record<string, Record<string, string>> = {
  'yaml-demo': {
    cart: 'registry.example.com/shop/cart:20251101-9-main',
    web: 'registry.example.com/shop/web:20251101-10-main',
  },
  'helm-demo': { api: 'registry.example.com/shop/api:main-43' },
};

/** The list shape: real servers send `create_time` and `description`, and omit services. */
export function listItem(v: FakeVersion) {
  return {
    id: v.id,
    version_name: v.version,
    type: v.type,
    source: v.source,
    status: v.status,
    labels: v.labels,
    description: v.desc,
    created_by: v.created_by,
    create_time: v.created_at,
  };
}

/** The detail shape of real servers: no `id`. */
export function detail(v: FakeVersion) {
  const { id: _id, ...rest } = v;
  return { ...rest, deleted_at: 0 };
}
