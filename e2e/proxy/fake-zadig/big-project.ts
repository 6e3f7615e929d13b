/**
 * Large projects for the fake Zadig: thousands of versions, one minute apart, newest first, so that a
 * client that reads every page (or polls them) shows up in the request counts. A test seeds its own
 * (`POST /__fake/projects`) so that it never changes data another test reads.
 */
import { deploymentYaml, newId, REGISTRY, type FakeVersion } from './data';

export interface BigProjectSpec {
  projectKey: string;
  /** How many versions (default 10,000). */
  count?: number;
  /** Positions from the newest (0 = newest) whose version failed. */
  failed?: number[];
  /** Positions from the newest whose version is `creating`, and stays so until a test finishes it. */
  creating?: number[];
}

/** The name of the version at `position` (0 = newest) of a project of `count` versions. */
export function bigVersionName(count: number, position: number): string {
  return `build-${String(count - position).padStart(5, '0')}`;
}

/** A project's versions, oldest first (the fake keeps versions in creation order). */
export function bigProjectVersions(spec: BigProjectSpec, now = Math.floor(Date.now() / 1000)): FakeVersion[] {
  const count = spec.count ?? 10_000;
  const failed = new Set(spec.failed ?? []);
  const creating = new Set(spec.creating ?? []);
  const out: FakeVersion[] = [];
  for (let position = count - 1; position >= 0; position--) {
    const name = bigVersionName(count, position);
    const status = creating.has(position) ? 'creating' : failed.has(position) ? 'failed' : 'success';
    const source = `registry.example.com/shop/cart:${name}`;
    const target = `registry.example.com/release/cart:${name}`;
    out.push({
      id: newId(),
      version: name,
      project_name: spec.projectKey,
      env_name: 'dev',
      production: false,
      type: 'K8SYaml',
      source: 'from_env',
      desc: `Nightly build ${name}`,
      labels: position % 10 === 0 ? ['weekly'] : [],
      image_registry_id: REGISTRY.registry_id,
      chart_repo_name: '',
      services: [
        {
          service_name: 'cart',
          chart_name: '',
          original_chart_version: '',
          chart_version: '',
          chart_status: '',
          yaml_content: deploymentYaml('cart', target),
          error: '',
          images: [
            {
              container_name: 'cart',
              image_name: 'cart',
              source_image: source,
              source_image_tag: name,
              target_image: target,
              target_image_tag: name,
              image_path: null,
              push_image: true,
              status: status === 'creating' ? 'running' : status === 'failed' ? 'failed' : 'passed',
              error: status === 'failed' ? `pull ${source}: manifest unknown` : '',
            },
          ],
        },
      ],
      status,
      error: status === 'failed' ? 'image distribution failed: cart' : '',
      created_by: 'ci-bot',
      // One minute apart; the newest an hour ago, so that versions added by a test come first.
      created_at: now - 3_600 - position * 60,
    });
  }
  return out;
}
