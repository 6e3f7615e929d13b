/**
 * Seeds a sandbox DATA_DIR for the benchmark, before the server starts: the demo data, then 100,000
 * versions in `yaml-demo` and one version with 200 services and about 4 MB of YAML.
 */
import { openDatabase } from '../../server/sandbox/db';
import { deploymentYaml, K8S_SERVICES, k8sImage } from '../../server/sandbox/demo-k8s';
import { DEMO_REGISTRY_ID, seedDemoData } from '../../server/sandbox/seed';
import { ReleaseStore, type NewRelease } from '../../server/sandbox/store';

export const BENCH_PROJECT = 'yaml-demo';
export const LARGE_VERSION = 'bench-large-200-services';

export interface SeedResult {
  versions: number;
  largeId: string;
  largeYamlBytes: number;
  largeServices: number;
  sampleIds: string[];
  seconds: number;
}

const STATUSES = ['success', 'success', 'success', 'failed'] as const;

function release(name: string, time: number, i: number, services: NewRelease['services']): NewRelease {
  return {
    release: {
      project_key: BENCH_PROJECT,
      version_name: name,
      type: 'K8SYaml',
      source: i % 3 === 0 ? 'manual' : 'from_env',
      env_name: i % 3 === 0 ? '' : 'qa',
      production: false,
      status: STATUSES[i % STATUSES.length]!,
      error: i % STATUSES.length === 3 ? 'image copy failed' : '',
      labels: i % 5 === 0 ? ['bench', 'GA'] : ['bench'],
      description: `Benchmark version ${i}`,
      image_registry_id: DEMO_REGISTRY_ID,
      chart_repo_name: '',
      original_version: '',
      created_by: 'bench',
      created_time: time,
    },
    services,
  };
}

function service(name: string, tag: string, yaml: string): NewRelease['services'][number] {
  return {
    service_name: name,
    chart_name: '',
    original_chart_version: '',
    chart_version: '',
    chart_status: '',
    yaml_content: yaml,
    images: [
      {
        container_name: name,
        image_name: name,
        source_image: k8sImage(name, 'latest'),
        source_image_tag: 'latest',
        target_image: k8sImage(name, tag),
        target_image_tag: tag,
        image_path: null,
        push_image: true,
        status: 'passed',
        error: '',
      },
    ],
  };
}

export function seedLarge(dataDir: string, count = 100_000): SeedResult {
  const started = Date.now();
  const db = openDatabase(dataDir);
  const now = Math.floor(Date.now() / 1000);
  seedDemoData(db, now);
  const store = new ReleaseStore(db);
  const spec = K8S_SERVICES[0]!;
  const smallYaml = deploymentYaml(spec, BENCH_PROJECT, 'qa', k8sImage(spec.name, 'bench'));
  const sampleIds: string[] = [];
  const batch = 5_000;
  for (let start = 0; start < count; start += batch) {
    db.transaction(() => {
      for (let i = start; i < Math.min(count, start + batch); i++) {
        // Older than the demo versions' newest, one minute apart, so page 1 stays the demo's.
        const time = now - 200 * 86_400 - i * 60;
        const name = `bench-${String(i).padStart(6, '0')}`;
        const id = store.insert(release(name, time, i, [service(spec.name, name, smallYaml)]));
        if (i % 997 === 0) sampleIds.push(id);
      }
    })();
  }

  // One large version: 200 services, ~20 KB of YAML each (~4 MB in all).
  const services: NewRelease['services'] = [];
  let largeYamlBytes = 0;
  for (let s = 0; s < 200; s++) {
    const name = `svc-${String(s).padStart(3, '0')}`;
    const base = deploymentYaml(
      {
        ...spec,
        name,
        env: Object.fromEntries(Array.from({ length: 40 }, (_, k) => [`VAR_${k}`, `value-${s}-${k}`])),
      },
      BENCH_PROJECT,
      'qa',
      k8sImage(name, 'v-large'),
    );
    let yaml = base;
    for (let k = 0; Buffer.byteLength(yaml) < 20_000; k++) {
      yaml += `---\n# config ${k}\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}-config-${k}\ndata:\n  settings.yaml: |\n    feature_${k}: enabled\n    threshold_${k}: ${k * 17}\n    owner: team-${s % 12}\n`;
    }
    largeYamlBytes += Buffer.byteLength(yaml);
    services.push(service(name, 'v-large', yaml));
  }
  let largeId = '';
  db.transaction(() => {
    largeId = store.insert(release(LARGE_VERSION, now - 100 * 86_400, 0, services));
  })();
  db.close();
  return {
    versions: count,
    largeId,
    largeYamlBytes,
    largeServices: services.length,
    sampleIds,
    seconds: (Date.now() - started) / 1000,
  };
}
