/**
 * Demo data for an empty sandbox: a K8s YAML project (`yaml-demo`) and a Helm project (`helm-demo`),
 * each with environments (one production), services, and versions over the last months in every
 * status. Timestamps are relative to now. One version is still `creating` (it finishes soon after the
 * start) and one `retrying`; `yaml-demo` v1.9.1 failed for a missing image that can be published
 * (POST /sandbox/images) and retried to success.
 */
import { substituteHelmValues, substituteK8sYaml } from '../../src/lib/substitute-images';
import type { Db } from './db';
import {
  deploymentYaml,
  HELM_SERVICES,
  helmImage,
  K8S_SERVICES,
  k8sImage,
  REGISTRY_HOST,
  REGISTRY_NAMESPACE,
  renderedHelmYaml,
  TCR_HOST,
  TCR_NAMESPACE,
} from './demo-content';
import { HELM_VERSIONS, YAML_VERSIONS, type DemoVersion } from './demo-versions';
import { newObjectId, ReleaseStore, type NewRelease } from './store';
import { manifestUnknown } from './worker';

export const DEMO_REGISTRY_ID = '6650a1c2e4b0f1a2b3c4d5e6';
export const DEMO_TCR_REGISTRY_ID = '6650a1c2e4b0f1a2b3c4d5e7';
/** The source image whose absence made `yaml-demo` v1.9.1 fail; publish it, then retry. */
export const DEMO_MISSING_IMAGE = k8sImage('order-service', 'hotfix-pay-timeout-1');

const DAY = 86_400;

function buildTag(time: number, build: number, branch: string): string {
  const d = new Date(time * 1000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}-${build}-${branch}`;
}

function insertReferenceData(db: Db, now: number): void {
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

  const env =
    db.prepare(`INSERT INTO environments (project_key, env_key, namespace, production, registry_id, status,
    cluster_name, update_time) VALUES (?, ?, ?, ?, ?, 'running', ?, ?)`);
  const envService =
    db.prepare(`INSERT INTO env_services (project_key, env_key, service_name, type, status, chart_name,
    chart_version, yaml, values_yaml, containers, position) VALUES (?, ?, ?, ?, 'Running', ?, ?, ?, ?, ?, ?)`);
  const template =
    db.prepare(`INSERT INTO service_templates (project_key, service_name, source, type, chart_name, yaml,
    containers, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  const publish = db.prepare('INSERT OR IGNORE INTO catalog (image, published_at) VALUES (?, ?)');

  // K8s YAML project
  const yamlEnvs = [
    { key: 'dev', prod: false, ago: 0.05, build: 412, branch: 'main' },
    { key: 'qa', prod: false, ago: 0.2, build: 405, branch: 'main' },
    { key: 'prod', prod: true, ago: 3, build: 0, branch: '' },
  ];
  for (const e of yamlEnvs) {
    env.run(
      'yaml-demo',
      e.key,
      `yaml-demo-${e.key}`,
      e.prod ? 1 : 0,
      DEMO_REGISTRY_ID,
      e.prod ? 'prod-cluster' : 'test-cluster',
      (now - e.ago * DAY) * 1000,
    );
    K8S_SERVICES.forEach((svc, i) => {
      const tag = e.prod ? 'v1.10.1' : buildTag(now - e.ago * DAY - i * 600, e.build + i, e.branch);
      const image =
        e.prod && svc.name !== 'storefront' ? k8sImage(svc.name, 'v1.10.0') : k8sImage(svc.name, tag);
      const containers = [
        { name: svc.name, image, image_name: svc.name },
        ...svc.sidecars.map((s) => ({ name: s.name, image: s.image, image_name: s.name })),
      ];
      for (const c of containers) publish.run(c.image, now * 1000);
      envService.run(
        'yaml-demo',
        e.key,
        svc.name,
        'k8s',
        '',
        '',
        deploymentYaml(svc, 'yaml-demo', e.key, image),
        '',
        JSON.stringify(containers),
        i,
      );
    });
  }
  K8S_SERVICES.forEach((svc, i) => {
    const image = k8sImage(svc.name, 'latest');
    const containers = [
      { name: svc.name, image, image_name: svc.name },
      ...svc.sidecars.map((s) => ({ name: s.name, image: s.image, image_name: s.name })),
    ];
    for (const c of containers) publish.run(c.image, now * 1000);
    template.run(
      'yaml-demo',
      svc.name,
      'spock',
      'k8s',
      '',
      deploymentYaml(svc, 'yaml-demo', '{{.env}}', image),
      JSON.stringify(containers),
      i,
    );
  });

  // Helm project
  const helmEnvs = [
    { key: 'dev', prod: false, ago: 0.1, build: 233, branch: 'develop' },
    { key: 'staging', prod: false, ago: 0.3, build: 230, branch: 'release' },
    { key: 'prod', prod: true, ago: 12, build: 0, branch: '' },
  ];
  for (const e of helmEnvs) {
    env.run(
      'helm-demo',
      e.key,
      `helm-demo-${e.key}`,
      e.prod ? 1 : 0,
      DEMO_TCR_REGISTRY_ID,
      e.prod ? 'prod-cluster' : 'test-cluster',
      (now - e.ago * DAY) * 1000,
    );
    HELM_SERVICES.forEach((svc, i) => {
      const image = helmImage(
        svc.name,
        e.prod ? 'v2.8.0' : buildTag(now - e.ago * DAY - i * 900, e.build + i, e.branch),
      );
      publish.run(image, now * 1000);
      const containers = [{ name: svc.name, image, image_name: svc.name, image_path: svc.imagePath }];
      envService.run(
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
    publish.run(image, now * 1000);
    template.run(
      'helm-demo',
      svc.name,
      'spock',
      'helm',
      svc.chart,
      svc.values(image),
      JSON.stringify([{ name: svc.name, image, image_name: svc.name }]),
      i,
    );
  });
}

function insertVersions(db: Db, now: number): void {
  const store = new ReleaseStore(db);
  const publish = db.prepare('INSERT OR IGNORE INTO catalog (image, published_at) VALUES (?, ?)');
  const pushChart = db.prepare(
    'INSERT OR REPLACE INTO chart_pushes (repo, chart_name, chart_version, release_id, pushed_at) VALUES (?, ?, ?, ?, ?)',
  );

  const build = (helm: boolean, v: DemoVersion, index: number): NewRelease => {
    const created = Math.floor(now - v.daysAgo * DAY);
    const specs = helm ? HELM_SERVICES : K8S_SERVICES;
    const names = v.services ?? specs.map((s) => s.name);
    const inFlight = v.status === 'creating' || v.status === 'retrying';
    const services = names.map((name, i) => {
      const sourceTag =
        helm || v.failed !== name || v.name !== 'v1.9.1'
          ? buildTag(created - 3600 - i * 420, 100 + index * 7 + i, helm ? 'release' : 'main')
          : '';
      const source =
        v.failed === name && !helm && v.name === 'v1.9.1'
          ? DEMO_MISSING_IMAGE
          : helm
            ? helmImage(name, sourceTag)
            : k8sImage(name, sourceTag);
      const targetTag = v.name;
      const target = helm ? helmImage(name, targetTag) : k8sImage(name, targetTag);
      const failedHere = v.failed === name;
      const status = failedHere
        ? v.status === 'retrying'
          ? 'waiting'
          : 'failed'
        : inFlight && v.status === 'creating'
          ? 'waiting'
          : 'passed';
      const srcMissing = failedHere && v.status === 'failed';
      if (!srcMissing) publish.run(source, created * 1000);
      if (status === 'passed') publish.run(target, created * 1000);
      const helmSpec = HELM_SERVICES.find((s) => s.name === name);
      const k8sSpec = K8S_SERVICES.find((s) => s.name === name);
      const image = {
        container_name: name,
        image_name: name,
        source_image: source,
        source_image_tag: source.slice(source.lastIndexOf(':') + 1),
        target_image: target,
        target_image_tag: targetTag,
        image_path: helmSpec ? helmSpec.imagePath : null,
        push_image: true,
        status,
        error: failedHere && v.status === 'failed' ? manifestUnknown(source) : '',
      };
      const envName = v.env || (helm ? 'staging' : 'qa');
      const yaml = helm
        ? substituteHelmValues(helmSpec!.values(source), [image])
        : substituteK8sYaml(deploymentYaml(k8sSpec!, 'yaml-demo', envName, source), [image], {
            source: v.source,
          });
      const chartVersion = helm ? `${v.name.slice(1)}` : '';
      return {
        service_name: name,
        chart_name: helm ? helmSpec!.chart : '',
        original_chart_version: '',
        chart_version: chartVersion,
        chart_status: helm && v.status === 'success' ? 'passed' : '',
        yaml_content: yaml,
        images: [image],
      };
    });
    const failedImage = services.flatMap((s) => s.images).find((i) => i.error);
    const previousError =
      v.status === 'retrying'
        ? manifestUnknown(services.find((s) => s.service_name === v.failed)!.images[0]!.source_image)
        : '';
    return {
      release: {
        id: newObjectId(created),
        project_key: helm ? 'helm-demo' : 'yaml-demo',
        version_name: v.name,
        type: helm ? 'HelmChart' : 'K8SYaml',
        source: v.source,
        env_name: v.source === 'manual' ? '' : v.env,
        production: false,
        status: v.status,
        error: failedImage?.error ?? previousError,
        labels: v.labels,
        description: v.desc,
        image_registry_id: helm ? DEMO_TCR_REGISTRY_ID : DEMO_REGISTRY_ID,
        chart_repo_name: helm ? (v.daysAgo > 100 ? 'koderover-charts' : 'payments-charts') : '',
        original_version: '',
        created_by: v.by,
        created_time: created,
      },
      services,
    };
  };

  YAML_VERSIONS.forEach((v, i) => {
    const release = build(false, v, i);
    if (v.source === 'from_version') release.release.original_version = YAML_VERSIONS[i - 1]!.name;
    store.insert(release);
  });
  HELM_VERSIONS.forEach((v, i) => {
    const release = build(true, v, i);
    if (v.source === 'from_version') release.release.original_version = HELM_VERSIONS[i - 1]!.name;
    const id = store.insert(release);
    if (v.status === 'success') {
      for (const s of release.services) {
        pushChart.run(
          release.release.chart_repo_name,
          s.chart_name,
          s.chart_version,
          id,
          release.release.created_time * 1000,
        );
      }
    }
  });
}

/** Seeds the demo data when the database holds no project yet; returns whether it did. */
export function seedDemoData(db: Db, now = Math.floor(Date.now() / 1000)): boolean {
  return db.transaction(() => {
    const count = (db.prepare('SELECT COUNT(*) AS n FROM projects').get() as { n: number }).n;
    if (count > 0) return false;
    insertReferenceData(db, now);
    insertVersions(db, now);
    return true;
  })();
}
