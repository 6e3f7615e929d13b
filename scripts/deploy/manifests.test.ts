/**
 * The Kubernetes manifests in deploy/: every object valid against Kubernetes' own schemas
 * (kubernetes-models, generated from the Kubernetes OpenAPI spec; no cluster needed), and the settings
 * a platform team checks before it runs anything: security context, probes, resources, the token only
 * from a Secret, a volume only for the sandbox, several replicas only for the stateless proxy.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Deployment, type IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import { PersistentVolumeClaim } from 'kubernetes-models/v1/PersistentVolumeClaim';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { Service, type IService } from 'kubernetes-models/v1/Service';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';

const ROOT = resolve(import.meta.dirname, '..', '..');
const DEPLOY = join(ROOT, 'deploy');
type Manifest = { apiVersion: string; kind: string; metadata: { name: string } } & Record<string, unknown>;

const MODELS: Record<string, { validate(data: unknown): void }> = {
  'apps/v1 Deployment': { validate: (d) => new Deployment(d as IDeployment).validate() },
  'v1 Service': { validate: (d) => new Service(d as IService).validate() },
  'v1 PersistentVolumeClaim': { validate: (d) => new PersistentVolumeClaim(d as never).validate() },
  'policy/v1 PodDisruptionBudget': { validate: (d) => new PodDisruptionBudget(d as never).validate() },
};

function load(mode: string): Manifest[] {
  const dir = join(DEPLOY, mode);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) =>
      parseAllDocuments(readFileSync(join(dir, f), 'utf8')).map((doc) => doc.toJS() as Manifest),
    );
}

function deployment(mode: string): IDeployment {
  const found = load(mode).filter((m) => m.kind === 'Deployment');
  expect(found, `deploy/${mode} has one Deployment`).toHaveLength(1);
  return found[0] as unknown as IDeployment;
}

const MODES = ['sandbox', 'proxy'];
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const imageUid = Number(
  /^APP_UID=(\d+)$/m.exec(readFileSync(join(ROOT, 'scripts/image/build.sh'), 'utf8'))?.[1],
);

describe('Kubernetes schemas', () => {
  it.each(MODES)('every object in deploy/%s is valid against its Kubernetes schema', (mode) => {
    const manifests = load(mode);
    expect(manifests.length).toBeGreaterThanOrEqual(2);
    for (const m of manifests) {
      const model = MODELS[`${m.apiVersion} ${m.kind}`];
      expect(model, `deploy/${mode}: no schema for ${m.apiVersion} ${m.kind}`).toBeDefined();
      expect(() => model!.validate(m), `${m.kind} ${m.metadata.name}`).not.toThrow();
    }
  });

  it('the schema check catches a wrong type (so a passing check means something)', () => {
    const broken = structuredClone(deployment('proxy')) as unknown as { spec: Record<string, unknown> };
    broken.spec.replicas = 'two';
    expect(() => MODELS['apps/v1 Deployment']!.validate(broken)).toThrow(/replicas must be integer/);
  });
});

describe.each(MODES)('the %s Deployment', (mode) => {
  const dep = deployment(mode);
  const pod = dep.spec!.template.spec!;
  const container = pod.containers[0]!;

  it('runs as the image user, non-root, read-only, without privilege escalation or capabilities', () => {
    expect(pod.securityContext?.runAsNonRoot).toBe(true);
    expect(pod.securityContext?.runAsUser).toBe(imageUid);
    expect(pod.automountServiceAccountToken).toBe(false);
    expect(container.securityContext).toMatchObject({
      runAsNonRoot: true,
      readOnlyRootFilesystem: true,
      allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'] },
    });
    const tmp = container.volumeMounts?.find((v) => v.mountPath === '/tmp');
    expect(
      pod.volumes?.find((v) => v.name === tmp?.name)?.emptyDir,
      '/tmp is a writable emptyDir',
    ).toBeDefined();
  });

  it('probes /api/health on the container port and sets requests and limits', () => {
    expect(container.ports).toEqual([{ name: 'http', containerPort: 8080 }]);
    for (const probe of [container.readinessProbe, container.livenessProbe])
      expect(probe?.httpGet).toEqual({ path: '/api/health', port: 'http' });
    expect(container.resources?.requests).toMatchObject({
      cpu: expect.any(String),
      memory: expect.any(String),
    });
    expect(container.resources?.limits).toMatchObject({ memory: expect.any(String) });
    expect(container.image).not.toMatch(/:latest$|^[^:]+$/);
  });

  it('is reached through its Service, and sets only variables the README documents', () => {
    const services = load(mode).filter((m) => m.kind === 'Service') as unknown as IService[];
    expect(services).toHaveLength(1);
    expect(services[0]!.spec!.selector).toEqual(dep.spec!.template.metadata!.labels);
    expect(dep.spec!.selector.matchLabels).toEqual(dep.spec!.template.metadata!.labels);
    expect(services[0]!.spec!.ports![0]!.targetPort).toBe('http');
    for (const env of container.env ?? []) expect(readme).toContain(`| \`${env.name}\``);
    expect(container.env?.find((e) => e.name === 'ALLOWED_HOSTS')?.value).toContain(
      services[0]!.metadata!.name,
    );
  });
});

describe('sandbox and proxy mode', () => {
  it('the sandbox is one replica, replaced with Recreate, with its database on its own claim', () => {
    const dep = deployment('sandbox');
    expect(dep.spec!.replicas).toBe(1);
    expect(dep.spec!.strategy?.type).toBe('Recreate');
    const pod = dep.spec!.template.spec!;
    const data = pod.containers[0]!.volumeMounts?.find((v) => v.mountPath === '/data');
    const claim = pod.volumes?.find((v) => v.name === data?.name)?.persistentVolumeClaim?.claimName;
    const claims = load('sandbox').filter((m) => m.kind === 'PersistentVolumeClaim');
    expect(claims.map((c) => c.metadata.name)).toEqual([claim]);
    expect(pod.securityContext?.fsGroup, 'the volume is writable by the image user').toBe(imageUid);
    expect(pod.containers[0]!.env?.map((e) => e.name)).not.toContain('ZADIG_URL');
  });

  it('the proxy is stateless: several replicas, no claim, the token only from a Secret', () => {
    const dep = deployment('proxy');
    expect(dep.spec!.replicas).toBeGreaterThanOrEqual(2);
    expect(load('proxy').filter((m) => m.kind === 'PersistentVolumeClaim')).toEqual([]);
    expect(
      load('proxy').filter((m) => m.kind === 'Secret'),
      'no token is committed',
    ).toEqual([]);
    const pod = dep.spec!.template.spec!;
    expect(pod.volumes?.every((v) => v.emptyDir)).toBe(true);
    const env = Object.fromEntries((pod.containers[0]!.env ?? []).map((e) => [e.name, e]));
    expect(env.ZADIG_URL?.value).toMatch(/^https?:\/\//);
    expect(env.ZADIG_TOKEN?.value).toBeUndefined();
    expect(env.ZADIG_TOKEN?.valueFrom?.secretKeyRef).toMatchObject({ key: 'ZADIG_TOKEN' });
    expect(env.HOST?.value, 'with a server token the server would listen on loopback only').toBe('0.0.0.0');
  });
});
