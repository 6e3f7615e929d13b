/**
 * The demo projects' reference data: the two projects, their registries, environments (each with its
 * services' YAML or values) and service templates. Every image they name is published in the catalog.
 */
import type { Db } from './db';
import {
  buildTag,
  DAY,
  DEMO_REGISTRY_ID,
  DEMO_TCR_REGISTRY_ID,
  REGISTRY_HOST,
  REGISTRY_NAMESPACE,
  TCR_HOST,
  TCR_NAMESPACE,
} from './demo-content';
import { HELM_SERVICES, helmImage, renderedHelmYaml } from './demo-helm';
import { deploymentYaml, K8S_SERVICES, k8sImage, type K8sServiceSpec } from './demo-k8s';

interface DemoEnv {
  key: string;
  prod: boolean;
  /** Days since its last deploy. */
  ago: number;
  build: number;
  branch: string;
}

const YAML_ENVS: DemoEnv[] = [
  { key: 'dev', prod: false, ago: 0.05, build: 412, branch: 'main' },
  { key: 'qa', prod: false, ago: 0.2, build: 405, branch: 'main' },
  { key: 'prod', prod: true, ago: 3, build: 0, branch: '' },
];

const HELM_ENVS: DemoEnv[] = [
  { key: 'dev', prod: false, ago: 0.1, build: 233, branch: 'develop' },
  { key: 'staging', prod: false, ago: 0.3, build: 230, branch: 'release' },
  { key: 'prod', prod: true, ago: 12, build: 0, branch: '' },
];

type Statements = ReturnType<typeof statements>;

function statements(db: Db) {
  return {
    env: db.prepare(`INSERT INTO environments (project_key, env_key, namespace, production, registry_id, status,
    cluster_name, update_time) VALUES (?, ?, ?, ?, ?, 'running', ?, ?)`),
    envService:
      db.prepare(`INSERT INTO env_services (project_key, env_key, service_name, type, status, chart_name,
    chart_version, yaml, values_yaml, containers, position) VALUES (?, ?, ?, ?, 'Running', ?, ?, ?, ?, ?, ?)`),
    template:
      db.prepare(`INSERT INTO service_templates (project_key, service_name, source, type, chart_name, yaml,
    containers, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
    publish: db.prepare('INSERT OR IGNORE INTO catalog (image, published_at) VALUES (?, ?)'),
  };
}

function insertProjectsAndRegistries(db: Db): void {
  const project = db.prepare(
    'INSERT INTO projects (project_key, project_name, description, deploy_type, position) VALUES (?, ?, ?, ?, ?)',
  );
  project.run(
    'yaml-demo',
    '商城 Mall (K8s YAML)',
    'Online mall: storefront, orders and users, deployed with plain Kubernetes YAML. 电商商城示例项目。',
    'k8s',
    1,
  );
  project.run(
    'helm-demo',
    '支付平台 Payments (Helm)',
    'Payment gateway, billing, ledger and notifications, deployed with Helm charts. 支付平台示例项目。',
    'helm',
    2,
  );
  const registry = db.prepare(
    'INSERT INTO registries (registry_id, address, provider, region, namespace, is_default) VALUES (?, ?, ?, ?, ?, ?)',
  );
  registry.run(DEMO_REGISTRY_ID, `https://${REGISTRY_HOST}`, 'harbor', '', REGISTRY_NAMESPACE, 1);
  registry.run(DEMO_TCR_REGISTRY_ID, `https://${TCR_HOST}`, 'tencent', 'ap-shanghai', TCR_NAMESPACE, 0);
}

function insertEnv(st: Statements, project: string, e: DemoEnv, registryId: string, now: number): void {
  st.env.run(
    project,
    e.key,
    `${project}-${e.key}`,
    e.prod ? 1 : 0,
    registryId,
    e.prod ? 'prod-cluster' : 'test-cluster',
    (now - e.ago * DAY) * 1000,
  );
}

/** The main container and the sidecars of a K8s service. */
function k8sContainers(svc: K8sServiceSpec, image: string) {
  return [
    { name: svc.name, image, image_name: svc.name },
    ...svc.sidecars.map((s) => ({ name: s.name, image: s.image, image_name: s.name })),
  ];
}

function seedYamlProject(st: Statements, now: number): void {
  for (const e of YAML_ENVS) {
    insertEnv(st, 'yaml-demo', e, DEMO_REGISTRY_ID, now);
    K8S_SERVICES.forEach((svc, i) => {
      const tag = e.prod ? 'v1.10.1' : buildTag(now - e.ago * DAY - i * 600, e.build + i, e.branch);
      const image =
        e.prod && svc.name !== 'storefront' ? k8sImage(svc.name, 'v1.10.0') : k8sImage(svc.name, tag);
      const containers = k8sContainers(svc, image);
      for (const c of containers) st.publish.run(c.image, now * 1000);
      const yaml = deploymentYaml(svc, 'yaml-demo', e.key, image);
      st.envService.run('yaml-demo', e.key, svc.name, 'k8s', '', '', yaml, '', JSON.stringify(containers), i);
    });
  }
  K8S_SERVICES.forEach((svc, i) => {
    const image = k8sImage(svc.name, 'latest');
    const containers = k8sContainers(svc, image);
    for (const c of containers) st.publish.run(c.image, now * 1000);
    const yaml = deploymentYaml(svc, 'yaml-demo', '{{.env}}', image);
    st.template.run('yaml-demo', svc.name, 'spock', 'k8s', '', yaml, JSON.stringify(containers), i);
  });
}

function seedHelmProject(st: Statements, now: number): void {
  for (const e of HELM_ENVS) {
    insertEnv(st, 'helm-demo', e, DEMO_TCR_REGISTRY_ID, now);
    HELM_SERVICES.forEach((svc, i) => {
      const tag = e.prod ? 'v2.8.0' : buildTag(now - e.ago * DAY - i * 900, e.build + i, e.branch);
      const image = helmImage(svc.name, tag);
      st.publish.run(image, now * 1000);
      const containers = [{ name: svc.name, image, image_name: svc.name, image_path: svc.imagePath }];
      st.envService.run(
        'helm-demo',
        e.key,
        svc.name,
        'helm',
        svc.chart,
        e.prod ? '2.8.0' : '0.1.0',
        renderedHelmYaml(svc, e.key, image),
        svc.values(image),
        JSON.stringify(containers),
        i,
      );
    });
  }
  HELM_SERVICES.forEach((svc, i) => {
    const image = helmImage(svc.name, 'latest');
    st.publish.run(image, now * 1000);
    const containers = JSON.stringify([{ name: svc.name, image, image_name: svc.name }]);
    st.template.run('helm-demo', svc.name, 'spock', 'helm', svc.chart, svc.values(image), containers, i);
  });
}

export function insertReferenceData(db: Db, now: number): void {
  insertProjectsAndRegistries(db);
  const st = statements(db);
  seedYamlProject(st, now);
  seedHelmProject(st, now);
}
