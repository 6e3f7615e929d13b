/** The delivery-release API's value sets and limits (no code: safe for any bundle). */
export const RELEASE_STATUSES = ['creating', 'retrying', 'success', 'failed'] as const;
export type ReleaseStatus = (typeof RELEASE_STATUSES)[number];

export const RELEASE_TYPES = ['K8SYaml', 'HelmChart'] as const;
export type ReleaseType = (typeof RELEASE_TYPES)[number];

export const RELEASE_SOURCES = ['manual', 'from_env', 'from_version'] as const;
export type ReleaseSource = (typeof RELEASE_SOURCES)[number];

/** Largest request body the sandbox accepts (and the wizard lets a user build). */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;
export const MAX_NAME_LENGTH = 128;
export const MAX_DESCRIPTION_LENGTH = 4096;
export const MAX_LABELS = 32;
export const MAX_LABEL_LENGTH = 64;
