/**
 * Demo data for an empty sandbox: a K8s YAML project (`yaml-demo`) and a Helm project (`helm-demo`),
 * each with environments (one production), services, and versions over the last months in every
 * status. Timestamps are relative to now. One version is still `creating` (it finishes soon after the
 * start) and one `retrying`; `yaml-demo` v1.9.1 failed for a missing image that can be published
 * (POST /sandbox/images) and retried to success.
 */
import type { ReleaseSource, ReleaseStatus } from '../../src/api/schemas';
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

interface DemoVersion {
  name: string;
  daysAgo: number;
  status: ReleaseStatus;
  source: ReleaseSource;
  env: string;
  labels: string[];
  desc: string;
  by: string;
  /** Service names in the version (default: all). */
  services?: string[];
  /** Service whose image failed (status failed/retrying). */
  failed?: string;
}

const YAML_VERSIONS: DemoVersion[] = [
  {
    name: 'v1.0.0',
    daysAgo: 160,
    status: 'success',
    source: 'from_env',
    env: 'qa',
    labels: ['GA', '正式发布'],
    desc: '首个正式版本：商城下单、用户注册与登录。',
    by: 'lilian',
  },
  {
    name: 'v1.0.1',
    daysAgo: 152,
    status: 'success',
    source: 'from_env',
    env: 'qa',
    labels: ['hotfix'],
    desc: 'Fix cart total rounding for JPY.',
    by: 'patrick',
    services: ['order-service'],
  },
  {
    name: 'v1.1.0',
    daysAgo: 141,
    status: 'success',
    source: 'from_env',
    env: 'qa',
    labels: ['feature'],
    desc: '新增优惠券与满减活动。',
    by: 'lilian',
  },
  {
    name: 'v1.1.1',
    daysAgo: 133,
    status: 'failed',
    source: 'from_env',
    env: 'dev',
    labels: ['hotfix'],
    desc: 'Hotfix built from a dev branch that was never pushed.',
    by: 'mei',
    services: ['user-service'],
    failed: 'user-service',
  },
  {
    name: 'v1.2.0',
    daysAgo: 121,
    status: 'success',
    source: 'manual',
    env: '',
    labels: ['feature', 'payments'],
    desc: 'Apple Pay and WeChat Pay at checkout.',
    by: 'patrick',
  },
  {
    name: 'v1.3.0',
    daysAgo: 110,
    status: 'success',
    source: 'from_env',
    env: 'qa',
    labels: ['正式发布'],
    desc: '订单服务拆分读写库，提升大促期间吞吐。',
    by: 'zhang.wei',
  },
  {
    name: 'v1.3.1',
    daysAgo: 103,
    status: 'success',
    source: 'from_version',
    env: 'qa',
    labels: ['hotfix', '紧急修复'],
    desc: '修复 v1.3.0 中库存扣减的并发问题。',
    by: 'zhang.wei',
    services: ['order-service'],
  },
  {
    name: 'v1.4.0',
    daysAgo: 92,
    status: 'success',
    source: 'from_env',
    env: 'qa',
    labels: ['feature'],
    desc: 'Order history search and CSV export.',
    by: 'mei',
  },
  {
    name: 'v1.5.0',
    daysAgo: 80,
    status: 'success',
    source: 'from_env',
    env: 'qa',
    labels: ['GA'],
    desc: 'Storefront redesign (new product page, faster images).',
    by: 'lilian',
  },
  {
    name: 'v1.6.0',
    daysAgo: 69,
    status: 'success',
    source: 'from_env',
    env: 'qa',
    labels: ['双十一', 'performance'],
    desc: '双十一大促准备：扩容与限流策略。',
    by: 'zhang.wei',
  },
  {
    name: 'v1.7.0',
    daysAgo: 57,
    status: 'success',
    source: 'manual',
    env: '',
    labels: ['security'],
    desc: 'Rotate session signing keys; stricter password policy.',
    by: 'patrick',
    services: ['user-service', 'storefront'],
  },
  {
    name: 'v1.8.0',
    daysAgo: 44,
    status: 'success',
    source: 'from_env',
    env: 'qa',
    labels: ['feature', '会员'],
    desc: '会员积分与等级体系上线。',
    by: 'mei',
  },
  {
    name: 'v1.9.0',
    daysAgo: 30,
    status: 'success',
    source: 'from_env',
    env: 'qa',
    labels: ['正式发布'],
    desc: 'Monthly release: wishlist, saved addresses, bug fixes.',
    by: 'lilian',
  },
  {
    name: 'v1.9.1',
    daysAgo: 21,
    status: 'failed',
    source: 'from_env',
    env: 'dev',
    labels: ['hotfix'],
    desc: '支付超时热修复：源镜像尚未构建完成（发布镜像后可重试）。',
    by: 'zhang.wei',
    services: ['order-service', 'storefront'],
    failed: 'order-service',
  },
  {
    name: 'v1.10.0',
    daysAgo: 9,
    status: 'success',
    source: 'from_version',
    env: 'qa',
    labels: ['feature'],
    desc: 'Gift cards; based on v1.9.0 with a new storefront build.',
    by: 'mei',
  },
  {
    name: 'v1.10.1',
    daysAgo: 3,
    status: 'success',
    source: 'from_env',
    env: 'qa',
    labels: ['hotfix', '紧急修复'],
    desc: '修复礼品卡余额显示错误。',
    by: 'patrick',
    services: ['storefront'],
  },
  {
    name: 'v1.11.0',
    daysAgo: 0.001,
    status: 'creating',
    source: 'from_env',
    env: 'qa',
    labels: ['正式发布', 'GA'],
    desc: 'Release candidate for the spring campaign (still being created).',
    by: 'lilian',
  },
];

const HELM_VERSIONS: DemoVersion[] = [
  {
    name: 'v2.0.0',
    daysAgo: 170,
    status: 'success',
    source: 'from_env',
    env: 'staging',
    labels: ['GA', '正式发布'],
    desc: '支付平台 2.0：网关、账单、账本与通知四个服务。',
    by: 'lilian',
  },
  {
    name: 'v2.0.1',
    daysAgo: 158,
    status: 'success',
    source: 'from_env',
    env: 'staging',
    labels: ['hotfix'],
    desc: 'Gateway retries card-network callbacks with backoff.',
    by: 'patrick',
    services: ['payment-gateway'],
  },
  {
    name: 'v2.1.0',
    daysAgo: 139,
    status: 'success',
    source: 'manual',
    env: '',
    labels: ['feature'],
    desc: 'Monthly invoices as PDF; email and SMS notifications.',
    by: 'mei',
  },
  {
    name: 'v2.2.0',
    daysAgo: 118,
    status: 'failed',
    source: 'from_env',
    env: 'dev',
    labels: ['feature', '对账'],
    desc: '自动对账（构建产物缺失，版本失败）。',
    by: 'zhang.wei',
    services: ['ledger', 'billing'],
    failed: 'ledger',
  },
  {
    name: 'v2.2.1',
    daysAgo: 111,
    status: 'success',
    source: 'from_env',
    env: 'staging',
    labels: ['对账'],
    desc: '自动对账（重新构建后发布）。',
    by: 'zhang.wei',
    services: ['ledger', 'billing'],
  },
  {
    name: 'v2.3.0',
    daysAgo: 95,
    status: 'success',
    source: 'from_version',
    env: 'staging',
    labels: ['performance'],
    desc: 'Ledger write path batched; p99 latency down 40%.',
    by: 'patrick',
    services: ['ledger'],
  },
  {
    name: 'v2.4.0',
    daysAgo: 77,
    status: 'success',
    source: 'from_env',
    env: 'staging',
    labels: ['正式发布', 'PCI-DSS'],
    desc: '通过 PCI-DSS 复审的版本。',
    by: 'lilian',
  },
  {
    name: 'v2.5.0',
    daysAgo: 60,
    status: 'success',
    source: 'from_env',
    env: 'staging',
    labels: ['feature'],
    desc: 'Refunds API v2 and partial captures.',
    by: 'mei',
    services: ['payment-gateway', 'billing'],
  },
  {
    name: 'v2.6.0',
    daysAgo: 41,
    status: 'success',
    source: 'from_env',
    env: 'staging',
    labels: ['双十一'],
    desc: '大促容量规划：网关扩容到 6 副本。',
    by: 'zhang.wei',
  },
  {
    name: 'v2.7.0',
    daysAgo: 25,
    status: 'success',
    source: 'manual',
    env: '',
    labels: ['feature', 'i18n'],
    desc: 'Notifications in English, 简体中文 and 日本語.',
    by: 'patrick',
    services: ['notification'],
  },
  {
    name: 'v2.8.0',
    daysAgo: 12,
    status: 'success',
    source: 'from_env',
    env: 'staging',
    labels: ['正式发布'],
    desc: '月度发布：账单导出、通知模板管理。',
    by: 'lilian',
  },
  {
    name: 'v2.8.1',
    daysAgo: 0.002,
    status: 'retrying',
    source: 'from_env',
    env: 'staging',
    labels: ['hotfix'],
    desc: 'Gateway TLS hotfix; first attempt failed, retry in progress.',
    by: 'mei',
    services: ['payment-gateway', 'notification'],
    failed: 'payment-gateway',
  },
];

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
