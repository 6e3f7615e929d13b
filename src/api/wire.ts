/**
 * Zadig wire schemas of the answers, on `zod/mini` (a fraction of full zod's weight), tolerant of
 * documented and real-server names and missing optional fields. The version list reads its few answers
 * without zod (`read-list.ts`, held to these schemas by a property test): a first visit loads no
 * validator. The strict request schemas are in `schemas.ts`, which re-exports everything here.
 */
import * as z from 'zod/mini';

export * from './constants';

/** A nullish value read as a default (`null` or missing → `fallback`). */
function orElse<T extends z.ZodMiniType, D>(schema: T, fallback: D) {
  return z.pipe(
    z.nullish(schema),
    z.transform((v: z.output<T> | null | undefined): NonNullable<z.output<T>> | D => v ?? fallback),
  );
}
/** A nullish list read as an empty one. */
function listOf<T extends z.ZodMiniType>(item: T) {
  return z.pipe(
    z.nullish(z.array(item)),
    z.transform((v: z.output<T>[] | null | undefined): z.output<T>[] => v ?? []),
  );
}
const text = orElse(z.string(), '');
const stringList = listOf(z.string());
const flag = orElse(z.boolean(), false);
/** zod's numbers are finite. */
const timestamp = z.nullish(z.number());
const optionalText = z.nullish(z.string());
const nonEmpty = z.string().check(z.minLength(1));
const count = z.int().check(z.gte(0));

/**
 * Where Helm values hold an image (tolerant twin of the request's `imagePathSchema`). No length cap:
 * Zadig stores any string here (`ImagePath` in pkg/microservice/aslan/core/common/repository/models/
 * delivery_version_v2.go), and one long values path must not turn a whole page into an error.
 */
const imagePathWireSchema = z.object({
  repo: z.optional(z.string()),
  namespace: z.optional(z.string()),
  image: z.optional(z.string()),
  tag: z.optional(z.string()),
});

export const releaseListItemWireSchema = z.object({
  id: nonEmpty,
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

export const releaseListResponseSchema = z.object({
  list: listOf(releaseListItemWireSchema),
  total: count,
});

export const releaseImageWireSchema = z.object({
  container_name: text,
  image_name: text,
  source_image: text,
  source_image_tag: text,
  target_image: text,
  target_image_tag: text,
  image_path: orElse(imagePathWireSchema, null),
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
  images: listOf(releaseImageWireSchema),
  error: text,
});

export const releaseDetailWireSchema = z.object({
  /** Documented; real servers send none. */
  id: optionalText,
  /** Documented name / real-server name. */
  version_name: optionalText,
  version: optionalText,
  project_key: optionalText,
  project_name: optionalText,
  description: optionalText,
  desc: optionalText,
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
  services: listOf(releaseServiceWireSchema),
  created_by: text,
});

/** Zadig's error bodies: typed (`type: "error"`), bad-parameter and internal errors share these fields. */
export const zadigErrorBodySchema = z.object({
  type: z.optional(z.string()),
  code: z.optional(z.number()),
  message: z.optional(z.string()),
  description: z.optional(z.string()),
  extra: z.optional(z.unknown()),
});
export type ZadigErrorBody = z.infer<typeof zadigErrorBodySchema>;

// Neighbouring endpoints ------------------------------------------------------------------------------

export const projectWireSchema = z.object({
  project_name: text,
  project_key: nonEmpty,
  description: text,
  deploy_type: text,
});
export const projectListResponseSchema = z.object({
  total: count,
  projects: listOf(projectWireSchema),
});

export const environmentWireSchema = z.object({
  env_key: nonEmpty,
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
  image_path: orElse(imagePathWireSchema, null),
});
export const environmentDetailResponseSchema = z.object({
  env_key: nonEmpty,
  env_name: text,
  registry_id: text,
  production: flag,
  services: listOf(
    z.object({
      service_name: z.string(),
      type: text,
      status: text,
      containers: listOf(environmentContainerWireSchema),
    }),
  ),
});

export const registryWireSchema = z.object({
  registry_id: nonEmpty,
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
  containers: listOf(
    z.object({
      name: z.string(),
      image: text,
      image_name: text,
    }),
  ),
});
export const serviceTemplateListResponseSchema = z.array(serviceTemplateWireSchema);

/** Health of this product's own server (not a Zadig endpoint). */
export const healthResponseSchema = z.object({
  mode: z.enum(['sandbox', 'proxy']),
  zadigHost: z.optional(z.string()),
  upstream: z.optional(z.enum(['ok', 'unreachable', 'not-applicable'])),
  serverToken: z.optional(z.boolean()),
});
export type HealthResponse = z.infer<typeof healthResponseSchema>;
