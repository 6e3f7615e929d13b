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

export interface EnvironmentService {
  serviceName: string;
  type: string;
  status: string;
  containers: { name: string; image: string; imageName: string; imagePath: ImagePath | null }[];
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

/**
 * The console server's versions API (docs/versions-api.md), one definition for the server and the
 * browser. A list's filters and page, as in the list page's URL.
 */
export interface VersionQuery {
  page: number;
  size: number;
  /** Part of the name, case-insensitive; '' for any. */
  q: string;
  /** Any of these statuses; [] for any. */
  status: string[];
  /** '' for any. */
  type: string;
  /** All of these labels; [] for any. */
  label: string[];
}

export interface IndexProgress {
  /** Versions the server holds so far. */
  loaded: number;
  /** The project's version count, as Zadig last said. */
  total: number;
  /** The first pass over the project is complete: `VersionList` answers are exact. */
  done: boolean;
}

export interface VersionList {
  /** The page asked for, newest first. */
  items: ReleaseSummary[];
  /** Versions matching the filters (so far, while `progress.done` is false). */
  total: number;
  /** Every label used in the project, sorted: the label filter's options. */
  labels: string[];
  progress: IndexProgress;
}

export type VersionEvent =
  | { type: 'added'; version: ReleaseSummary }
  | { type: 'changed'; version: ReleaseSummary }
  | { type: 'removed'; id: string; name: string }
  | { type: 'progress'; progress: IndexProgress }
  /** Zadig cannot be reached: what is held may be out of date, and lists answer Zadig's error. */
  | { type: 'unreachable' };

export function isActiveStatus(status: string): boolean {
  return status === 'creating' || status === 'retrying';
}

/** The longest name filter (`q`) or label a versions query takes. */
export const MAX_FILTER_TEXT = 200;
