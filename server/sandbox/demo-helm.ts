/** The Helm demo project's services, their values and the Deployments they render. */
import type { ImagePath } from '../../src/api/schemas';
import { TCR_HOST, TCR_NAMESPACE } from './demo-content';
import { deploymentYaml } from './demo-k8s';

export interface HelmServiceSpec {
  name: string;
  chart: string;
  port: number;
  imagePath: ImagePath;
  /** Values text for an image reference. */
  values(image: string): string;
}

function split(image: string) {
  const colon = image.lastIndexOf(':');
  const repo = image.slice(0, colon);
  const tag = image.slice(colon + 1);
  const parts = repo.split('/');
  const name = parts.pop()!;
  const host = parts.shift()!;
  return { repo, tag, name, host, namespace: parts.join('/') };
}

const resources = (cpu: string, mem: string) => `resources:
  requests:
    cpu: ${cpu}
    memory: ${mem}
  limits:
    cpu: ${cpu}
    memory: ${mem}`;

export const HELM_SERVICES: HelmServiceSpec[] = [
  {
    name: 'payment-gateway',
    chart: 'general-chart',
    port: 8443,
    imagePath: { image: 'image.repository', tag: 'image.tag' },
    values: (image) => {
      const { repo, tag } = split(image);
      return `# Payment gateway: terminates card-network callbacks.
fullnameOverride: payment-gateway
replicaCount: 3
image:
  repository: ${repo}
  tag: "${tag}"
  pullPolicy: IfNotPresent
imagePullSecretsName: default-registry-secret
port: 8443
ingress:
  enabled: true
  host: pay.demo.koderover.com
${resources('500m', '512Mi')}
`;
    },
  },
  {
    name: 'billing',
    chart: 'billing',
    port: 9300,
    imagePath: { image: 'image' },
    values: (image) => `fullnameOverride: billing
replicaCount: 2
image: ${image}
port: 9300
cron:
  invoiceSchedule: "0 2 * * *"
${resources('300m', '384Mi')}
`,
  },
  {
    name: 'ledger',
    chart: 'general-chart',
    port: 9400,
    imagePath: { repo: 'image.repo', image: 'image.name', tag: 'image.tag' },
    values: (image) => {
      const { host, namespace, name, tag } = split(image);
      return `fullnameOverride: ledger
replicaCount: 2
image:
  repo: ${host}/${namespace}
  name: ${name}
  tag: "${tag}"
port: 9400
persistence:
  enabled: true
  size: 20Gi
${resources('400m', '768Mi')}
`;
    },
  },
  {
    name: 'notification',
    chart: 'notification',
    port: 9500,
    imagePath: {
      repo: 'global.registry',
      namespace: 'image.namespace',
      image: 'image.name',
      tag: 'image.tag',
    },
    values: (image) => {
      const { host, namespace, name, tag } = split(image);
      return `global:
  registry: ${host}
image:
  namespace: ${namespace}
  name: ${name}
  tag: "${tag}"
fullnameOverride: notification
replicaCount: 1
port: 9500
providers:
  sms: aliyun
  email: ses
${resources('100m', '128Mi')}
`;
    },
  },
];

export function helmImage(service: string, tag: string): string {
  return `${TCR_HOST}/${TCR_NAMESPACE}/${service}:${tag}`;
}

/** A rendered Deployment for a Helm service (what `service/yaml` answers for a Helm env service). */
export function renderedHelmYaml(spec: HelmServiceSpec, env: string, image: string): string {
  return deploymentYaml(
    {
      name: spec.name,
      port: spec.port,
      replicas: 1,
      sidecars: [],
      env: { ENV: env },
      cpu: '200m',
      memory: '256Mi',
    },
    'helm-demo',
    env,
    image,
  );
}
