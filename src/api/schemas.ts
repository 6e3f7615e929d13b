/**
 * Zadig wire schemas for the delivery-release API (版本管理), one per payload, used by the browser and
 * the embedded sandbox. Request schemas, here, are strict (they decide what the sandbox accepts and what
 * the wizard may send); the answers' schemas (`wire.ts`) are tolerant of the differences between the
 * documented contract and real servers (shared/spec/zadig-behaviour.md).
 */
import { z } from 'zod';
import { isImageRef } from '../lib/image-ref';
import {
  MAX_DESCRIPTION_LENGTH,
  MAX_LABEL_LENGTH,
  MAX_LABELS,
  MAX_NAME_LENGTH,
  RELEASE_SOURCES,
} from './wire';

// The answers' schemas and the API's constants (`wire.ts`, on zod/mini) are part of this module too.
export * from './wire';

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

/**
 * A service of a version is a service of the project, whose names Zadig holds to letters, digits, `-`
 * and `_` (koderover/zadig pkg/microservice/aslan/config/consts.go, `ServiceNameRegexString`, checked
 * when a service template is made).
 */
export const SERVICE_NAME_PATTERN = /^[a-zA-Z0-9_-]+$/;

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
  service_name: requiredString().regex(
    SERVICE_NAME_PATTERN,
    'may hold only letters, digits, "-" and "_" (the name of a service of the project)',
  ),
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
   * The base version's name for `source: from_version`, as Zadig v4.2+ reads it
   * (`OriginalVersionName string `json:"original_version_name"``, pkg/microservice/aslan/core/delivery/
   * service/openapi.go); missing there is a 500 "original version name is required when source is from
   * version". The documented contract names no field for it.
   */
  original_version_name: z.string().max(MAX_NAME_LENGTH).optional(),
  /** The same name under the field this console sent before; kept for older servers (Go ignores it). */
  original_version: z.string().max(MAX_NAME_LENGTH).optional(),
  services: z.array(createServiceSchema).min(1, 'needs at least one service'),
};

function refineCommon(value: z.infer<z.ZodObject<typeof createCommon>>, ctx: z.RefinementCtx) {
  if (value.source === 'from_env' && !value.env_name?.trim()) {
    ctx.addIssue({ code: 'custom', path: ['env_name'], message: 'is required when source is from_env' });
  }
  const seen = new Set<string>();
  value.services.forEach((service, i) => {
    if (seen.has(service.service_name)) {
      ctx.addIssue({ code: 'custom', path: ['services', i, 'service_name'], message: 'is listed twice' });
    }
    seen.add(service.service_name);
    // yaml_content is never required: from_env renders it from the environment, Helm from_version
    // copies the base version's, and an empty one is stored as is (openapi.go, version_v2.go).
  });
}

export const createK8sReleaseRequestSchema = z.object(createCommon).superRefine(refineCommon);
export type CreateK8sReleaseRequest = z.infer<typeof createK8sReleaseRequestSchema>;

export const createHelmReleaseRequestSchema = z
  .object({
    ...createCommon,
    // May be empty: the charts are then not pushed (koderover/zadig
    // pkg/microservice/aslan/core/delivery/service/version_v2.go, buildDeliveryChartsV2); v4.2+ take the
    // original chart repository from the base version, which may have had none.
    chart_repo_name: z.string().trim().max(MAX_NAME_LENGTH),
    original_chart_repo_name: z.string().max(MAX_NAME_LENGTH).optional(),
  })
  .superRefine((value, ctx) => {
    refineCommon(value, ctx);
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
      // image_path is not required: v4.2+ take it from the environment, the base version or the
      // service template (openapi.go, OpenAPICreateHelmDeliveryVersion).
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
