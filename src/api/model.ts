/**
 * The domain model the UI works with: one shape whatever generation of Zadig (or the sandbox) answered.
 * Only `src/api/` knows the wire names; these are produced by `normalise.ts`.
 */
import type { ImagePath } from './schemas';

export type { ImagePath };

/** Known statuses plus any other word a server may send (shown raw). */
export type ReleaseStatusValue = 'creating' | 'retrying' | 'success' | 'failed' | (string & {});
export type ReleaseTypeValue = 'K8SYaml' | 'HelmChart' | (string & {});
export type ReleaseSourceValue = 'manual' | 'from_env' | 'from_version' | (string & {});

export interface ReleaseSummary {
  id: string;
  name: string;
  type: ReleaseTypeValue;
  source: ReleaseSourceValue;
  status: ReleaseStatusValue;
  labels: string[];
  description: string;
  createdBy: string;
  /** Unix time in milliseconds, or null when the server sent none. */
  createdAt: number | null;
}

export interface ReleasePage {
  items: ReleaseSummary[];
  total: number;
}

export interface ReleaseImage {
  containerName: string;
  imageName: string;
  sourceImage: string;
  sourceImageTag: string;
  targetImage: string;
  targetImageTag: string;
  imagePath: ImagePath | null;
  pushImage: boolean;
  status: string;
  error: string;
}

export interface ReleaseService {
  serviceName: string;
  chartName: string;
  chartVersion: string;
  chartStatus: string;
  yamlContent: string;
  error: string;
  images: ReleaseImage[];
}

export interface ReleaseDetail extends ReleaseSummary {
  projectKey: string;
  envName: string;
  production: boolean;
  error: string;
  imageRegistryId: string;
  chartRepoName: string;
  services: ReleaseService[];
}

export interface Project {
  key: string;
  name: string;
  description: string;
  deployType: string;
}

export interface Environment {
  name: string;
  namespace: string;
  production: boolean;
  registryId: string;
  status: string;
}

export interface EnvironmentContainer {
  name: string;
  image: string;
  imageName: string;
  imagePath: ImagePath | null;
}

export interface EnvironmentService {
  serviceName: string;
  type: string;
  status: string;
  containers: EnvironmentContainer[];
}

export interface EnvironmentDetail {
  name: string;
  registryId: string;
  production: boolean;
  services: EnvironmentService[];
}

export interface Registry {
  id: string;
  address: string;
  provider: string;
  region: string;
  namespace: string;
  isDefault: boolean;
}

export interface ServiceTemplate {
  serviceName: string;
  source: string;
  type: string;
  containers: { name: string; image: string; imageName: string }[];
}

export const ACTIVE_STATUSES: readonly string[] = ['creating', 'retrying'];
export function isActiveStatus(status: string): boolean {
  return ACTIVE_STATUSES.includes(status);
}
