/** Versions the versions-API tests create: a project of their own with known names, statuses and labels. */
import type { TestServer } from '../test/helpers';

export interface TestVersion {
  name: string;
  status: 'creating' | 'retrying' | 'success' | 'failed';
  type: 'K8SYaml' | 'HelmChart';
  labels: string[];
  time: number;
}

/** Oldest first; `tie-a` and `tie-b` share a creation time. */
export const VERSIONS: TestVersion[] = [
  { name: 'Alpha 1', status: 'success', type: 'K8SYaml', labels: ['GA', 'web'], time: 1_700_000_100 },
  { name: 'alpha/2', status: 'failed', type: 'K8SYaml', labels: ['web'], time: 1_700_000_200 },
  { name: 'Beta', status: 'creating', type: 'HelmChart', labels: ['GA'], time: 1_700_000_300 },
  { name: 'Éclair', status: 'retrying', type: 'HelmChart', labels: [], time: 1_700_000_400 },
  {
    name: 'events',
    status: 'success',
    type: 'K8SYaml',
    labels: ['GA', 'web', 'hotfix'],
    time: 1_700_000_500,
  },
  { name: 'gamma alpha', status: 'success', type: 'HelmChart', labels: ['hotfix'], time: 1_700_000_600 },
  { name: 'tie-a', status: 'success', type: 'K8SYaml', labels: [], time: 1_700_000_700 },
  { name: 'tie-b', status: 'success', type: 'K8SYaml', labels: [], time: 1_700_000_700 },
];

/** Adds `project` (no environments) holding `versions`, straight into the sandbox's database. */
export function addProject(server: TestServer, project: string, versions: TestVersion[] = VERSIONS): void {
  const { db } = server.sandbox!;
  db.transaction(() => {
    db.prepare(
      'INSERT INTO projects (project_key, project_name, deploy_type, position) VALUES (?, ?, ?, 99)',
    ).run(project, project, 'k8s');
    addVersions(server, project, versions);
  })();
}

/** Adds `versions` to an existing `project` (call inside or outside a transaction). */
export function addVersions(server: TestServer, project: string, versions: TestVersion[]): void {
  const { store } = server.sandbox!;
  versions.forEach((v, i) => {
    store.insert({
      release: {
        // ObjectId-like, the later one greater: ties are ordered by id
        id: v.time.toString(16).padStart(8, '0') + i.toString(16).padStart(16, '0'),
        project_key: project,
        version_name: v.name,
        type: v.type,
        source: 'manual',
        env_name: '',
        production: false,
        status: v.status,
        error: '',
        labels: v.labels,
        description: `${v.name} description`,
        image_registry_id: '',
        chart_repo_name: '',
        original_version: '',
        created_by: 'tester',
        created_time: v.time,
      },
      services: [],
    });
  });
}

/** Names of `VERSIONS` newest first, as the list answers them (ties: the later id first). */
export function newestFirst(versions: TestVersion[]): string[] {
  return versions
    .map((v, i) => ({ v, i }))
    .sort((a, b) => b.v.time - a.v.time || b.i - a.i)
    .map(({ v }) => v.name);
}
