/**
 * Demo content for the sandbox: realistic Deployment YAML and Helm values for the two demo projects.
 */
import type { ImagePath } from '../../src/api/schemas';

export const REGISTRY_HOST = 'harbor.demo.koderover.com';
export const REGISTRY_NAMESPACE = 'mall';
export const TCR_HOST = 'ccr.ccs.tencentyun.com';
export const TCR_NAMESPACE = 'koderover-demo';

export interface K8sServiceSpec {
  name: string;
  port: number;
  replicas: number;
  /** Extra containers (sidecars) with fixed images. */
  sidecars: Array<{ name: string; image: string }>;
  env: Record<string, string>;
  cpu: string;
  memory: string;
}

export const K8S_SERVICES: K8sServiceSpec[] = [
  {
    name: 'storefront',
    port: 8080,
    replicas: 2,
    sidecars: [],
    env: { API_BASE_URL: 'http://order-service:9000', LOG_LEVEL: 'info' },
    cpu: '200m',
    memory: '256Mi',
  },
  {
    name: 'order-service',
    port: 9000,
    replicas: 2,
    sidecars: [{ name: 'log-agent', image: `${REGISTRY_HOST}/infra/log-agent:1.4.2` }],
    env: { DB_HOST: 'mysql.mall.svc', DB_NAME: 'orders', KAFKA_BROKERS: 'kafka-0.kafka:9092' },
    cpu: '500m',
    memory: '512Mi',
  },
  {
    name: 'user-service',
    port: 9100,
    replicas: 1,
    sidecars: [],
    env: { REDIS_ADDR: 'redis-master:6379', TOKEN_TTL: '24h' },
    cpu: '300m',
    memory: '384Mi',
  },
];

export function k8sImage(service: string, tag: string): string {
  return `${REGISTRY_HOST}/${REGISTRY_NAMESPACE}/${service}:${tag}`;
}

export function deploymentYaml(spec: K8sServiceSpec, project: string, env: string, image: string): string {
  const envLines = Object.entries(spec.env)
    .map(([k, v]) => `        - name: ${k}\n          value: ${JSON.stringify(v)}`)
    .join('\n');
  const sidecars = spec.sidecars
    .map(
      (s) => `      - name: ${s.name}
        image: ${s.image}
        imagePullPolicy: IfNotPresent
        resources:
          limits:
            cpu: 50m
            memory: 64Mi`,
    )
    .join('\n');
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${spec.name}
  labels:
    app.kubernetes.io/name: ${project}
    app.kubernetes.io/instance: ${spec.name}
    env: ${env}
spec:
  replicas: ${spec.replicas}
  selector:
    matchLabels:
      app.kubernetes.io/name: ${project}
      app.kubernetes.io/instance: ${spec.name}
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxSurge: 25%
      maxUnavailable: 0
  template:
    metadata:
      labels:
        app.kubernetes.io/name: ${project}
        app.kubernetes.io/instance: ${spec.name}
    spec:
      imagePullSecrets:
      - name: default-registry-secret
      containers:
      - name: ${spec.name}
        image: ${image}
        imagePullPolicy: Always
        ports:
        - containerPort: ${spec.port}
          protocol: TCP
        env:
${envLines}
        readinessProbe:
          httpGet:
            path: /healthz
            port: ${spec.port}
          initialDelaySeconds: 5
          periodSeconds: 10
        resources:
          requests:
            cpu: ${spec.cpu}
            memory: ${spec.memory}
          limits:
            cpu: ${spec.cpu}
            memory: ${spec.memory}
${sidecars ? `${sidecars}\n` : ''}---
apiVersion: v1
kind: Service
metadata:
  name: ${spec.name}
  labels:
    app.kubernetes.io/name: ${project}
    app.kubernetes.io/instance: ${spec.name}
spec:
  type: ClusterIP
  selector:
    app.kubernetes.io/name: ${project}
    app.kubernetes.io/instance: ${spec.name}
  ports:
  - name: http
    port: ${spec.port}
    targetPort: ${spec.port}
`;
}

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
