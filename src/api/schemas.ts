/**
 * Zadig wire schemas for the delivery-release API (版本管理) and the neighbouring read endpoints.
 *
 * One schema per payload, used by the browser client to parse responses and by the embedded sandbox
 * to validate requests and shape its answers. Request schemas are strict (they decide what the sandbox
 * accepts and what the wizard may send); response schemas are tolerant of the differences between the
 * documented contract and real servers (see shared/spec/zadig-behaviour.md). The normalisers in
 * `normalise.ts` turn the tolerant response shapes into one domain model.
 */
import { z } from 'zod';
import { isImageRef } from '../lib/image-ref';

export const RELEASE_STATUSES = ['creating', 'retrying', 'success', 'failed'] as const;
export type ReleaseStatus = (typeof RELEASE_STATUSES)[number];

export const RELEASE_TYPES = ['K8SYaml', 'HelmChart'] as const;
export type ReleaseType = (typeof RELEASE_TYPES)[number];

export const RELEASE_SOURCES = ['manual', 'from_env', 'from_version'] as const;
export type ReleaseSource = (typeof RELEASE_SOURCES)[number];

/** Image push statuses real servers copy from the image-distribution job ("" = not started / not pushed). */
export const IMAGE_STATUSES = [
  '',
  'created',
  'prepare',
  'waiting',
  'running',
  'passed',
  'failed',
  'timeout',
  'cancelled',
  'reject',
] as const;
export type ImageStatus = (typeof IMAGE_STATUSES)[number];

export const CHART_STATUSES = ['', 'passed'] as const;

/** Largest request body the sandbox accepts (and the wizard lets a user build). */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;
export const MAX_NAME_LENGTH = 128;
export const MAX_DESCRIPTION_LENGTH = 4096;
export const MAX_LABELS = 32;
export const MAX_LABEL_LENGTH = 64;

/**
 * A version name becomes an image tag and a chart version, so it must be usable as one: letters, digits,
 * `.`, `_`, `-`, starting with a letter or digit, at most 128 characters. Only new versions are held to
 * it: names already on a server are read, shown and used whatever they are.
 */
export const VERSION_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
export const VERSION_NAME_RULE =
  'may hold only letters, digits, ".", "_" and "-", must start with a letter or digit, and is at most 128 characters long';

export function isVersionName(value: string): boolean {
  return VERSION_NAME_PATTERN.test(value);
}

// ---------------------------------------------------------------------------------------------------
// Requests (strict)
// ---------------------------------------------------------------------------------------------------

const requiredString = (max = MAX_NAME_LENGTH) => z.string().trim().min(1, 'is required').max(max);

const imageReference = z
  .string()
  .min(1, 'is required')
  .refine(isImageRef, { message: 'is not a valid image reference (registry/repository:tag)' });

const imageTag = z
  .string()
  .min(1, 'is required')
  .regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/, 'is not a valid image tag');

/** Dotted paths into Helm values where the image (or its parts) is written. */
export const imagePathSchema = z.object({
  repo: z.string().max(256).optional(),
  namespace: z.string().max(256).optional(),
  image: z.string().max(256).optional(),
  tag: z.string().max(256).optional(),
});
export type ImagePath = z.infer<typeof imagePathSchema>;

export const createImageSchema = z.object({
  container_name: requiredString(),
  image_name: requiredString(),
  source_image: imageReference,
  source_image_tag: imageTag,
  target_image: imageReference,
  target_image_tag: imageTag,
  image_path: imagePathSchema.nullable().optional(),
  push_image: z.boolean(),
});
export type CreateImageRequest = z.infer<typeof createImageSchema>;

export const createServiceSchema = z.object({
  service_name: requiredString(),
  original_chart_version: z.string().max(MAX_NAME_LENGTH).optional(),
  chart_version: z.string().max(MAX_NAME_LENGTH).optional(),
  yaml_content: z.string().optional(),
  images: z.array(createImageSchema),
});
export type CreateServiceRequest = z.infer<typeof createServiceSchema>;

const createCommon = {
  project_key: requiredString(),
  version_name: z.string().min(1, 'is required').regex(VERSION_NAME_PATTERN, VERSION_NAME_RULE),
  source: z.enum(RELEASE_SOURCES),
  env_name: z.string().max(MAX_NAME_LENGTH).optional(),
  production: z.boolean().optional(),
  desc: z.string().max(MAX_DESCRIPTION_LENGTH).optional(),
  labels: z.array(requiredString(MAX_LABEL_LENGTH)).max(MAX_LABELS).optional(),
  image_registry_id: requiredString(),
  /**
   * The base version's name for `source: from_version`. The documented contract names no field for
   * it; real servers need it ("from_version needs the original version's name"), so it is sent here.
   */
  original_version: z.string().max(MAX_NAME_LENGTH).optional(),
  services: z.array(createServiceSchema).min(1, 'needs at least one service'),
};

type CommonCreate = {
  source: ReleaseSource;
  env_name?: string | undefined;
  original_version?: string | undefined;
  services: CreateServiceRequest[];
};

function refineCommon(value: CommonCreate, ctx: z.RefinementCtx) {
  if (value.source === 'from_env' && !value.env_name?.trim()) {
    ctx.addIssue({ code: 'custom', path: ['env_name'], message: 'is required when source is from_env' });
  }
  if (value.source === 'from_version' && !value.original_version?.trim()) {
    ctx.addIssue({
      code: 'custom',
      path: ['original_version'],
      message: 'is required when source is from_version (the base version name)',
    });
  }
  const seen = new Set<string>();
  value.services.forEach((service, i) => {
    if (seen.has(service.service_name)) {
      ctx.addIssue({ code: 'custom', path: ['services', i, 'service_name'], message: 'is listed twice' });
    }
    seen.add(service.service_name);
    if (value.source !== 'manual' && service.yaml_content === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['services', i, 'yaml_content'],
        message: `is required when source is ${value.source}`,
      });
    }
  });
}

export const createK8sReleaseRequestSchema = z.object(createCommon).superRefine(refineCommon);
export type CreateK8sReleaseRequest = z.infer<typeof createK8sReleaseRequestSchema>;

export const createHelmReleaseRequestSchema = z
  .object({
    ...createCommon,
    chart_repo_name: requiredString(),
    original_chart_repo_name: z.string().max(MAX_NAME_LENGTH).optional(),
  })
  .superRefine((value, ctx) => {
    refineCommon(value, ctx);
    if (value.source === 'from_version' && !value.original_chart_repo_name?.trim()) {
      ctx.addIssue({
        code: 'custom',
        path: ['original_chart_repo_name'],
        message: 'is required when source is from_version',
      });
    }
    value.services.forEach((service, i) => {
      if (!service.chart_version?.trim()) {
        ctx.addIssue({
          code: 'custom',
          path: ['services', i, 'chart_version'],
          message: 'is required for Helm',
        });
      }
      if (value.source === 'from_version' && !service.original_chart_version?.trim()) {
        ctx.addIssue({
          code: 'custom',
          path: ['services', i, 'original_chart_version'],
          message: 'is required when source is from_version',
        });
      }
      service.images.forEach((image, j) => {
        const path = image.image_path;
        if (!path || !(path.repo || path.image || path.tag)) {
          ctx.addIssue({
            code: 'custom',
            path: ['services', i, 'images', j, 'image_path'],
            message: 'is required for Helm (the values paths of the image)',
          });
        }
      });
    });
  });
export type CreateHelmReleaseRequest = z.infer<typeof createHelmReleaseRequestSchema>;

export const retryReleaseRequestSchema = z.object({
  id: requiredString(),
  projectKey: requiredString(),
});
export type RetryReleaseRequest = z.infer<typeof retryReleaseRequestSchema>;

const positiveInt = z.coerce.number().int('must be a whole number').min(1, 'must be at least 1');

export const listReleasesQuerySchema = z.object({
  projectKey: requiredString(),
  pageNum: positiveInt,
  pageSize: positiveInt.max(1000, 'must be at most 1000'),
});
export type ListReleasesQuery = z.infer<typeof listReleasesQuerySchema>;

/** Published into the sandbox's registry catalog, as a finished build would (sandbox only). */
export const publishImageRequestSchema = z.object({ image: imageReference });

// ---------------------------------------------------------------------------------------------------
// Responses (tolerant: documented names and real-server names, missing optional fields)
// ---------------------------------------------------------------------------------------------------

const text = z
  .string()
  .nullish()
  .transform((v) => v ?? '');
const stringList = z
  .array(z.string())
  .nullish()
  .transform((v) => v ?? []);
const flag = z
  .boolean()
  .nullish()
  .transform((v) => v ?? false);
const timestamp = z.number().finite().nullish();

export const messageResponseSchema = z.object({ message: z.string() });

export const releaseListItemWireSchema = z.object({
  id: z.string().min(1),
  version_name: z.string(),
  type: text,
  source: text,
  status: text,
  labels: stringList,
  description: text,
  created_by: text,
  /** Real servers (and the doc's example). */
  create_time: timestamp,
  /** The doc's table. */
  created_time: timestamp,
});
export type ReleaseListItemWire = z.input<typeof releaseListItemWireSchema>;

export const releaseListResponseSchema = z.object({
  list: z
    .array(releaseListItemWireSchema)
    .nullish()
    .transform((v) => v ?? []),
  total: z.number().int().min(0),
});

export const releaseImageWireSchema = z.object({
  container_name: text,
  image_name: text,
  source_image: text,
  source_image_tag: text,
  target_image: text,
  target_image_tag: text,
  image_path: imagePathSchema.nullish().transform((v) => v ?? null),
  push_image: flag,
  status: text,
  error: text,
});

export const releaseServiceWireSchema = z.object({
  service_name: z.string(),
  chart_name: text,
  original_chart_version: text,
  chart_version: text,
  chart_status: text,
  yaml_content: text,
  images: z
    .array(releaseImageWireSchema)
    .nullish()
    .transform((v) => v ?? []),
  error: text,
});

export const releaseDetailWireSchema = z.object({
  /** Documented; real servers send none. */
  id: z.string().nullish(),
  /** Documented name / real-server name. */
  version_name: z.string().nullish(),
  version: z.string().nullish(),
  project_key: z.string().nullish(),
  project_name: z.string().nullish(),
  description: z.string().nullish(),
  desc: z.string().nullish(),
  created_time: timestamp,
  created_at: timestamp,
  source: text,
  env_name: text,
  production: flag,
  type: text,
  status: text,
  error: text,
  labels: stringList,
  image_registry_id: text,
  chart_repo_name: text,
  services: z
    .array(releaseServiceWireSchema)
    .nullish()
    .transform((v) => v ?? []),
  created_by: text,
});
export type ReleaseDetailWire = z.input<typeof releaseDetailWireSchema>;

/** Zadig's error bodies: typed (`type: "error"`), bad-parameter and internal errors share these fields. */
export const zadigErrorBodySchema = z.object({
  type: z.string().optional(),
  code: z.number().optional(),
  message: z.string().optional(),
  description: z.string().optional(),
  extra: z.unknown().optional(),
});
export type ZadigErrorBody = z.infer<typeof zadigErrorBodySchema>;

// Neighbouring endpoints ------------------------------------------------------------------------------

export const DEPLOY_TYPES = ['k8s', 'helm', 'pm'] as const;

export const projectWireSchema = z.object({
  project_name: text,
  project_key: z.string().min(1),
  description: text,
  deploy_type: text,
});
export const projectListResponseSchema = z.object({
  total: z.number().int().min(0),
  projects: z
    .array(projectWireSchema)
    .nullish()
    .transform((v) => v ?? []),
});

export const environmentWireSchema = z.object({
  env_key: z.string().min(1),
  envName: text,
  namespace: text,
  production: flag,
  registry_id: text,
  status: text,
});
export const environmentListResponseSchema = z.array(environmentWireSchema);

export const environmentContainerWireSchema = z.object({
  name: z.string(),
  image: text,
  image_name: text,
  image_path: imagePathSchema.nullish().transform((v) => v ?? null),
});
export const environmentDetailResponseSchema = z.object({
  env_key: z.string().min(1),
  env_name: text,
  registry_id: text,
  production: flag,
  services: z
    .array(
      z.object({
        service_name: z.string(),
        type: text,
        status: text,
        containers: z
          .array(environmentContainerWireSchema)
          .nullish()
          .transform((v) => v ?? []),
      }),
    )
    .nullish()
    .transform((v) => v ?? []),
});

export const registryWireSchema = z.object({
  registry_id: z.string().min(1),
  address: text,
  provider: text,
  region: text,
  namespace: text,
  is_default: flag,
});
export const registryListResponseSchema = z.array(registryWireSchema);

export const serviceTemplateWireSchema = z.object({
  service_name: z.string(),
  source: text,
  type: text,
  containers: z
    .array(
      z.object({
        name: z.string(),
        image: text,
        image_name: text,
      }),
    )
    .nullish()
    .transform((v) => v ?? []),
});
export const serviceTemplateListResponseSchema = z.array(serviceTemplateWireSchema);

/** Health of this product's own server (not a Zadig endpoint). */
export const healthResponseSchema = z.object({
  mode: z.enum(['sandbox', 'proxy']),
  zadigHost: z.string().optional(),
  upstream: z.enum(['ok', 'unreachable', 'not-applicable']).optional(),
  serverToken: z.boolean().optional(),
});
export type HealthResponse = z.infer<typeof healthResponseSchema>;
