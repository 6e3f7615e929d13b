/**
 * The sandbox's read-only neighbours of delivery versions (projects, environments, registries,
 * service templates) and its registry catalog, shaped as real Zadig servers answer.
 */
import type { ImagePath } from '../../src/api/schemas';
import type { Db } from './db';
import { parseJson } from './store';

export interface ProjectRow {
  project_key: string;
  project_name: string;
  description: string;
  deploy_type: 'k8s' | 'helm' | 'pm';
}

export interface EnvRow {
  project_key: string;
  env_key: string;
  namespace: string;
  production: number;
  registry_id: string;
  status: string;
  cluster_name: string;
  update_time: number;
}

export interface EnvServiceRow {
  project_key: string;
  env_key: string;
  service_name: string;
  type: string;
  status: string;
  chart_name: string;
  chart_version: string;
  yaml: string;
  values_yaml: string;
  containers: string;
}

export interface ContainerInfo {
  name: string;
  image: string;
  image_name: string;
  image_path?: ImagePath | null;
}

export class Reference {
  constructor(private readonly db: Db) {}

  projects(pageNum: number, pageSize: number) {
    const total = (this.db.prepare('SELECT COUNT(*) AS n FROM projects').get() as { n: number }).n;
    const rows = this.db
      .prepare('SELECT * FROM projects ORDER BY position, project_key LIMIT ? OFFSET ?')
      .all(pageSize, (pageNum - 1) * pageSize) as ProjectRow[];
    return {
      total,
      projects: rows.map((p) => ({
        project_name: p.project_name,
        project_key: p.project_key,
        description: p.description,
        deploy_type: p.deploy_type,
      })),
    };
  }

  project(projectKey: string): ProjectRow | undefined {
    return this.db.prepare('SELECT * FROM projects WHERE project_key = ?').get(projectKey) as
      ProjectRow | undefined;
  }

  environments(projectKey: string, production: boolean) {
    const rows = this.db
      .prepare('SELECT * FROM environments WHERE project_key = ? AND production = ? ORDER BY env_key')
      .all(projectKey, production ? 1 : 0) as EnvRow[];
    return rows.map((e) => ({
      env_key: e.env_key,
      envName: e.env_key,
      namespace: e.namespace,
      production: e.production === 1,
      registry_id: e.registry_id,
      status: e.status,
      cluster_name: e.cluster_name,
      update_time: e.update_time,
      update_by: 'admin',
    }));
  }

  environment(projectKey: string, envKey: string): EnvRow | undefined {
    return this.db
      .prepare('SELECT * FROM environments WHERE project_key = ? AND env_key = ?')
      .get(projectKey, envKey) as EnvRow | undefined;
  }

  envServices(projectKey: string, envKey: string): EnvServiceRow[] {
    return this.db
      .prepare(
        'SELECT * FROM env_services WHERE project_key = ? AND env_key = ? ORDER BY position, service_name',
      )
      .all(projectKey, envKey) as EnvServiceRow[];
  }

  envService(projectKey: string, envKey: string, serviceName: string): EnvServiceRow | undefined {
    return this.db
      .prepare('SELECT * FROM env_services WHERE project_key = ? AND env_key = ? AND service_name = ?')
      .get(projectKey, envKey, serviceName) as EnvServiceRow | undefined;
  }

  environmentDetail(env: EnvRow) {
    return {
      env_key: env.env_key,
      env_name: env.env_key,
      project_key: env.project_key,
      namespace: env.namespace,
      production: env.production === 1,
      registry_id: env.registry_id,
      status: env.status,
      services: this.envServices(env.project_key, env.env_key).map((s) => ({
        service_name: s.service_name,
        type: s.type,
        status: s.status,
        chart_name: s.chart_name,
        chart_version: s.chart_version,
        containers: parseJson<ContainerInfo[]>(s.containers, []).map((c) => ({
          name: c.name,
          image: c.image,
          image_name: c.image_name,
          image_path: c.image_path ?? null,
        })),
      })),
    };
  }

  registries() {
    const rows = this.db
      .prepare('SELECT * FROM registries ORDER BY is_default DESC, address')
      .all() as Array<{
      registry_id: string;
      address: string;
      provider: string;
      region: string;
      namespace: string;
      is_default: number;
    }>;
    return rows.map((r) => ({ ...r, is_default: r.is_default === 1 }));
  }

  registry(registryId: string) {
    return this.db.prepare('SELECT registry_id FROM registries WHERE registry_id = ?').get(registryId) as
      { registry_id: string } | undefined;
  }

  serviceTemplates(projectKey: string) {
    const rows = this.db
      .prepare('SELECT * FROM service_templates WHERE project_key = ? ORDER BY position, service_name')
      .all(projectKey) as Array<{ service_name: string; source: string; type: string; containers: string }>;
    return rows.map((t) => ({
      service_name: t.service_name,
      source: t.source,
      type: t.type,
      containers: parseJson<ContainerInfo[]>(t.containers, []).map((c) => ({
        name: c.name,
        image: c.image,
        image_name: c.image_name,
      })),
    }));
  }

  serviceTemplate(projectKey: string, serviceName: string) {
    return this.db
      .prepare('SELECT * FROM service_templates WHERE project_key = ? AND service_name = ?')
      .get(projectKey, serviceName) as { service_name: string; chart_name: string; yaml: string } | undefined;
  }

  // Registry catalog -----------------------------------------------------------------------------------

  hasImage(image: string): boolean {
    return this.db.prepare('SELECT 1 FROM catalog WHERE image = ?').get(image) !== undefined;
  }

  publishImage(image: string, at = Date.now()): boolean {
    return (
      this.db.prepare('INSERT OR IGNORE INTO catalog (image, published_at) VALUES (?, ?)').run(image, at)
        .changes > 0
    );
  }

  images(): string[] {
    return (
      this.db.prepare('SELECT image FROM catalog ORDER BY image').all() as Array<{ image: string }>
    ).map((r) => r.image);
  }

  chartPushes(repo?: string) {
    const sql = repo
      ? 'SELECT * FROM chart_pushes WHERE repo = ? ORDER BY pushed_at, chart_name'
      : 'SELECT * FROM chart_pushes ORDER BY pushed_at, chart_name';
    return (repo ? this.db.prepare(sql).all(repo) : this.db.prepare(sql).all()) as Array<{
      repo: string;
      chart_name: string;
      chart_version: string;
      release_id: string;
      pushed_at: number;
    }>;
  }

  /** Chart repositories earlier versions of a project used (most recent first). */
  chartRepos(projectKey: string): string[] {
    return (
      this.db
        .prepare(
          `SELECT chart_repo_name, MAX(created_time) AS t FROM releases
           WHERE project_key = ? AND chart_repo_name <> '' GROUP BY chart_repo_name ORDER BY t DESC`,
        )
        .all(projectKey) as Array<{ chart_repo_name: string }>
    ).map((r) => r.chart_repo_name);
  }
}
