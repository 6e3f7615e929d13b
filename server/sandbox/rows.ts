/**
 * The sandbox database's version rows (`releases`, `release_services`, `release_images`), a new version
 * as stored, and the helpers that turn stored text back into wire fields.
 */
import type { ImagePath, ReleaseSource, ReleaseStatus, ReleaseType } from '../../src/api/schemas';

export interface ReleaseRow {
  id: string;
  project_key: string;
  version_name: string;
  type: ReleaseType;
  source: ReleaseSource;
  env_name: string;
  production: number;
  status: ReleaseStatus;
  error: string;
  labels: string;
  description: string;
  image_registry_id: string;
  chart_repo_name: string;
  original_version: string;
  created_by: string;
  created_time: number;
}

export interface ServiceRow {
  release_id: string;
  position: number;
  service_name: string;
  chart_name: string;
  original_chart_version: string;
  chart_version: string;
  chart_status: string;
  yaml_content: string;
  error: string;
}

export interface ImageRow {
  id: number;
  release_id: string;
  service_position: number;
  position: number;
  container_name: string;
  image_name: string;
  source_image: string;
  source_image_tag: string;
  target_image: string;
  target_image_tag: string;
  image_path: string | null;
  push_image: number;
  status: string;
  error: string;
  started_at: number | null;
}

/** A new version with its services and images, as stored. */
export interface NewRelease {
  release: Omit<ReleaseRow, 'id' | 'labels' | 'production'> & {
    labels: string[];
    production: boolean;
    id?: string;
  };
  services: Array<{
    service_name: string;
    chart_name: string;
    original_chart_version: string;
    chart_version: string;
    chart_status: string;
    yaml_content: string;
    images: Array<{
      container_name: string;
      image_name: string;
      source_image: string;
      source_image_tag: string;
      target_image: string;
      target_image_tag: string;
      image_path: ImagePath | null;
      push_image: boolean;
      status: string;
      error: string;
    }>;
  }>;
}

export function parseJson<T>(text: string | null, fallback: T): T {
  if (text === null || text === '') return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

/** A stored image as the wire's image fields (status and error are the caller's to set). */
export function imageFromRow(row: ImageRow) {
  return {
    container_name: row.container_name,
    image_name: row.image_name,
    source_image: row.source_image,
    source_image_tag: row.source_image_tag,
    target_image: row.target_image,
    target_image_tag: row.target_image_tag,
    image_path: parseJson<ImagePath | null>(row.image_path, null),
    push_image: row.push_image === 1,
  };
}
