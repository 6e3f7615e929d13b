/**
 * The demo versions (`demo-versions*.ts`) as the sandbox stores them: each service's image promoted
 * from a CI build to the version's tag, its YAML or values, and, for Helm versions that succeeded,
 * the charts pushed. The images a version used are published in the catalog, except the one whose
 * absence made it fail.
 */
import { substituteHelmValues, substituteK8sYaml } from '../../src/lib/substitute-images';
import type { Db } from './db';
import { buildTag, DAY, DEMO_REGISTRY_ID, DEMO_TCR_REGISTRY_ID } from './demo-content';
import { HELM_SERVICES, helmImage } from './demo-helm';
import { deploymentYaml, K8S_SERVICES, k8sImage } from './demo-k8s';
import { YAML_VERSIONS, type DemoVersion } from './demo-versions';
import { HELM_VERSIONS } from './demo-versions-helm';
import { ReleaseStore, type NewRelease } from './store';
import { manifestUnknown } from './worker';

/** The source image whose absence made `yaml-demo` v1.9.1 fail; publish it, then retry. */
export const DEMO_MISSING_IMAGE = k8sImage('order-service', 'hotfix-pay-timeout-1');

type Publish = (image: string, at: number) => void;
type ServiceEntry = NewRelease['services'][number];

/** Where one service of a version stands: which image it promotes and how that went. */
function demoImage(helm: boolean, v: DemoVersion, index: number, name: string, i: number, created: number) {
  const missing = v.failed === name && !helm && v.name === 'v1.9.1';
  const sourceTag = missing
    ? ''
    : buildTag(created - 3600 - i * 420, 100 + index * 7 + i, helm ? 'release' : 'main');
  const source = missing ? DEMO_MISSING_IMAGE : helm ? helmImage(name, sourceTag) : k8sImage(name, sourceTag);
  const failedHere = v.failed === name;
  const status = failedHere
    ? v.status === 'retrying'
      ? 'waiting'
      : 'failed'
    : v.status === 'creating'
      ? 'waiting'
      : 'passed';
  return {
    container_name: name,
    image_name: name,
    source_image: source,
    source_image_tag: source.slice(source.lastIndexOf(':') + 1),
    target_image: helm ? helmImage(name, v.name) : k8sImage(name, v.name),
    target_image_tag: v.name,
    image_path: helm ? HELM_SERVICES.find((s) => s.name === name)!.imagePath : null,
    push_image: true,
    status,
    error: failedHere && v.status === 'failed' ? manifestUnknown(source) : '',
  };
}

function demoService(
  helm: boolean,
  v: DemoVersion,
  index: number,
  created: number,
  publish: Publish,
): (name: string, i: number) => ServiceEntry {
  return (name, i) => {
    const image = demoImage(helm, v, index, name, i, created);
    if (!(v.failed === name && v.status === 'failed')) publish(image.source_image, created * 1000);
    if (image.status === 'passed') publish(image.target_image, created * 1000);
    const helmSpec = HELM_SERVICES.find((s) => s.name === name);
    const envName = v.env || (helm ? 'staging' : 'qa');
    const yaml = helm
      ? substituteHelmValues(helmSpec!.values(image.source_image), [image])
      : substituteK8sYaml(
          deploymentYaml(
            K8S_SERVICES.find((s) => s.name === name)!,
            'yaml-demo',
            envName,
            image.source_image,
          ),
          [image],
          { source: v.source },
        );
    return {
      service_name: name,
      chart_name: helm ? helmSpec!.chart : '',
      original_chart_version: '',
      chart_version: helm ? v.name.slice(1) : '',
      chart_status: helm && v.status === 'success' ? 'passed' : '',
      yaml_content: yaml,
      images: [image],
    };
  };
}

function demoRelease(
  helm: boolean,
  v: DemoVersion,
  index: number,
  now: number,
  publish: Publish,
): NewRelease {
  const created = Math.floor(now - v.daysAgo * DAY);
  const names = v.services ?? (helm ? HELM_SERVICES : K8S_SERVICES).map((s) => s.name);
  const services = names.map(demoService(helm, v, index, created, publish));
  const failedImage = services.flatMap((s) => s.images).find((i) => i.error);
  const previousError =
    v.status === 'retrying'
      ? manifestUnknown(services.find((s) => s.service_name === v.failed)!.images[0]!.source_image)
      : '';
  return {
    release: {
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
}

export function insertVersions(db: Db, now: number): void {
  const store = new ReleaseStore(db);
  const publishImage = db.prepare('INSERT OR IGNORE INTO catalog (image, published_at) VALUES (?, ?)');
  const publish: Publish = (image, at) => void publishImage.run(image, at);
  const pushChart = db.prepare(
    'INSERT OR REPLACE INTO chart_pushes (repo, chart_name, chart_version, release_id, pushed_at) VALUES (?, ?, ?, ?, ?)',
  );
  for (const [helm, versions] of [
    [false, YAML_VERSIONS],
    [true, HELM_VERSIONS],
  ] as const) {
    versions.forEach((v, i) => {
      const release = demoRelease(helm, v, i, now, publish);
      if (v.source === 'from_version') release.release.original_version = versions[i - 1]!.name;
      const id = store.insert(release);
      if (!helm || v.status !== 'success') return;
      for (const s of release.services) {
        const { chart_repo_name: repo, created_time: at } = release.release;
        pushChart.run(repo, s.chart_name, s.chart_version, id, at * 1000);
      }
    });
  }
}
