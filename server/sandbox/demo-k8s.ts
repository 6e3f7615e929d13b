/** The K8s YAML demo project's services and their Deployment YAML. */
import { REGISTRY_HOST, REGISTRY_NAMESPACE } from './demo-content';

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

/** The service's own container, as it sits in the Deployment's pod template. */
function mainContainer(spec: K8sServiceSpec, image: string): string {
  const envLines = Object.entries(spec.env)
    .map(([k, v]) => `        - name: ${k}\n          value: ${JSON.stringify(v)}`)
    .join('\n');
  return `      - name: ${spec.name}
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
            memory: ${spec.memory}`;
}

function sidecarContainers(spec: K8sServiceSpec): string {
  return spec.sidecars
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
}

function serviceYaml(spec: K8sServiceSpec, project: string): string {
  return `apiVersion: v1
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

/** A Deployment and its Service, as a service's YAML in an environment or a version. */
export function deploymentYaml(spec: K8sServiceSpec, project: string, env: string, image: string): string {
  const sidecars = sidecarContainers(spec);
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
${mainContainer(spec, image)}
${sidecars ? `${sidecars}\n` : ''}---
${serviceYaml(spec, project)}`;
}
