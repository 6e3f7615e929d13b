/**
 * Validation of the wizard form: one zod schema (used by react-hook-form through zodResolver and by the
 * step gates), mirroring the contract's required fields per type and source. Messages are keys of the
 * wizard's message catalogue; `params` say which service or image an issue is about.
 */
import { z } from 'zod';
import type { Registry } from '../../../api/model';
import {
  isVersionName,
  SERVICE_NAME_PATTERN,
  MAX_DESCRIPTION_LENGTH,
  MAX_LABELS,
  MAX_LABEL_LENGTH,
  MAX_NAME_LENGTH,
} from '../../../api/schemas';
import { isImageRef } from '../../../lib/image-ref';
import { isChartVersion } from './chart-version';
import { repeatedChartVersions } from './chart-conflicts';
import type { ChartHistory } from './history';
import { knownYamlAnalysis } from '../../../components/yaml-editor/yaml-analysis-store';
import type { ImageForm, ServiceForm, WizardForm } from './form-model';
import { formatBytes, oversizeService, REQUEST_LIMIT_BYTES, requestSize } from './request-size';
import { sourceImagesDecidedBy, yamlDecidedBy } from './server-decided';
import { joinRef, TAG, targetRepoOf } from './target-image';
import { encodeIssue, type IssueKey, type IssueParams } from './wizard-issue';

export interface WizardContext {
  /** Names of the project's existing versions. */
  takenNames: ReadonlySet<string>;
  registries: readonly Registry[];
  /** For the request's size (its project_key); '' when not known. */
  projectKey?: string;
  /** The project's charts (which chart each service has), for chart versions given twice. */
  charts?: ChartHistory | undefined;
}

type Add = (path: Array<string | number>, key: IssueKey, params?: IssueParams) => void;

function checkBasics(v: WizardForm, ctx: WizardContext, add: Add) {
  const name = v.name.trim();
  if (!name) add(['name'], 'nameRequired');
  else if (name.length > MAX_NAME_LENGTH)
    add(['name'], 'nameTooLong', { over: name.length - MAX_NAME_LENGTH });
  else if (!isVersionName(name)) add(['name'], 'nameInvalid');
  else if (ctx.takenNames.has(name)) add(['name'], 'nameTaken');
  if (v.source === 'from_env' && !v.envName.trim()) add(['envName'], 'envRequired');
  if (v.source === 'from_version' && !v.baseName.trim()) add(['baseName'], 'baseRequired');
  const over = v.description.length - MAX_DESCRIPTION_LENGTH;
  if (over > 0) add(['description'], 'descriptionTooLong', { over });
  const labels = v.labels.filter((l) => l.trim());
  if (labels.length > MAX_LABELS) add(['labels'], 'labelsTooMany');
  else if (labels.some((l) => l.trim().length > MAX_LABEL_LENGTH)) add(['labels'], 'labelTooLong');
}

function checkYaml(v: WizardForm, s: ServiceForm, i: number, service: string, add: Add) {
  if (v.source !== 'manual' && !s.yaml.trim()) add(['services', i, 'yaml'], 'yamlRequired', { service });
  // Large YAML is read in a worker: until it answers, the step waits for it.
  const analysis = knownYamlAnalysis(s.yaml, `services.${i}.yaml`);
  const problem = analysis?.problems[0];
  if (!analysis) add(['services', i, 'yaml'], 'yamlChecking', { service });
  else if (problem) add(['services', i, 'yaml'], 'yamlInvalid', { service, line: problem.line });
}

function checkService(v: WizardForm, s: ServiceForm, i: number, add: Add) {
  const service = s.serviceName.trim() || `#${i + 1}`;
  if (!s.serviceName.trim()) add(['services', i, 'serviceName'], 'serviceNameRequired', { service });
  else if (!SERVICE_NAME_PATTERN.test(s.serviceName.trim()))
    add(['services', i, 'serviceName'], 'serviceNameInvalid', { service });
  // YAML the server renders or copies itself is its own: nothing here for the user to fix.
  if (!yamlDecidedBy(v.type, v.source)) checkYaml(v, s, i, service, add);
  if (v.type === 'HelmChart') {
    const chart = s.chartVersion.trim();
    if (!chart) add(['services', i, 'chartVersion'], 'chartVersionRequired', { service });
    else if (!isChartVersion(chart)) add(['services', i, 'chartVersion'], 'chartVersionInvalid', { service });
    if (v.source === 'from_version' && !s.originalChartVersion.trim()) {
      add(['services', i, 'originalChartVersion'], 'originalChartVersionRequired', { service });
    }
  }
}

function checkImage(
  v: WizardForm,
  ctx: WizardContext,
  s: ServiceForm,
  i: number,
  img: ImageForm,
  j: number,
  add: Add,
) {
  const at = (field: string) => ['services', i, 'images', j, field];
  const params = {
    service: s.serviceName.trim() || `#${i + 1}`,
    container: img.containerName.trim() || `#${j + 1}`,
  };
  if (!img.containerName.trim()) add(at('containerName'), 'containerRequired', params);
  // Source images the server takes from the environment or base version are not the user's to fix.
  if (!sourceImagesDecidedBy(v.source)) {
    if (!img.imageName.trim()) add(at('imageName'), 'imageNameRequired', params);
    if (!img.sourceTag.trim()) add(at('sourceTag'), 'tagRequired', params);
    else if (!TAG.test(img.sourceTag.trim())) add(at('sourceTag'), 'tagInvalid', params);
    else if (!isImageRef(joinRef(img.sourceRepo, img.sourceTag)))
      add(at('sourceRepo'), 'sourceImageInvalid', params);
  }
  const registry = ctx.registries.find((r) => r.id === v.registryId);
  if (!img.targetTag.trim()) add(at('targetTag'), 'tagRequired', params);
  else if (!TAG.test(img.targetTag.trim())) add(at('targetTag'), 'tagInvalid', params);
  else if (!isImageRef(joinRef(targetRepoOf(img, registry), img.targetTag))) {
    add(at('targetRepo'), 'targetImageInvalid', params);
  }
}

function checkSize(v: WizardForm, ctx: WizardContext, add: Add) {
  const size = requestSize(v, { projectKey: ctx.projectKey ?? '', registries: ctx.registries });
  const over = oversizeService(size);
  if (!over) return;
  add(['services', over.index, 'yaml'], 'requestTooLarge', {
    service: v.services[over.index]?.serviceName.trim() || `#${over.index + 1}`,
    total: formatBytes(size.total),
    size: formatBytes(over.bytes),
    limit: formatBytes(REQUEST_LIMIT_BYTES),
  });
}

function checkAll(v: WizardForm, ctx: WizardContext, add: Add) {
  checkBasics(v, ctx, add);
  // Before the services' own checks: the size is known at once, a large YAML's syntax only later.
  checkSize(v, ctx, add);
  const included = v.services.map((s, i) => ({ s, i })).filter(({ s }) => s.included);
  if (included.length === 0) add(['services'], 'servicesRequired');
  const names = new Set<string>();
  for (const { s, i } of included) {
    checkService(v, s, i, add);
    const name = s.serviceName.trim();
    if (name && names.has(name)) add(['services', i, 'serviceName'], 'serviceDuplicate', { service: name });
    names.add(name);
  }
  for (const r of repeatedChartVersions(v, ctx.charts)) {
    const { service, chart, chartVersion, first } = r;
    add(['services', r.serviceIndex, 'chartVersion'], 'chartVersionRepeated', {
      service,
      chart,
      chartVersion,
      first,
    });
  }
  if (!v.registryId) add(['registryId'], 'registryRequired');
  for (const { s, i } of included) {
    const containers = new Set<string>();
    s.images.forEach((img, j) => {
      checkImage(v, ctx, s, i, img, j, add);
      const c = img.containerName.trim();
      if (c && containers.has(c)) {
        add(['services', i, 'images', j, 'containerName'], 'containerDuplicate', {
          service: s.serviceName,
          container: c,
        });
      }
      containers.add(c);
    });
  }
}

const imagePathShape = z.object({
  repo: z.string(),
  namespace: z.string(),
  image: z.string(),
  tag: z.string(),
});
const imageShape = z.object({
  containerName: z.string(),
  imageName: z.string(),
  sourceRepo: z.string(),
  sourceTag: z.string(),
  targetRepo: z.string(),
  targetTag: z.string(),
  push: z.boolean(),
  /** The target tag follows the version name until the user sets it by hand (absent in old drafts). */
  tagFollowsName: z.boolean().optional(),
  fromYaml: z.boolean().optional(),
  imagePath: imagePathShape,
});
const serviceShape = z.object({
  included: z.boolean(),
  serviceName: z.string(),
  chartName: z.string(),
  yaml: z.string(),
  sourceYaml: z.string(),
  chartVersion: z.string(),
  originalChartVersion: z.string(),
  images: z.array(imageShape),
});

/** The form's shape (no rules): also reads a stored draft back. */
export const wizardShape = z.object({
  type: z.enum(['K8SYaml', 'HelmChart']),
  name: z.string(),
  source: z.enum(['manual', 'from_env', 'from_version']),
  envName: z.string(),
  production: z.boolean(),
  baseId: z.string(),
  baseName: z.string(),
  baseChartRepo: z.string(),
  description: z.string(),
  labels: z.array(z.string()),
  services: z.array(serviceShape),
  registryId: z.string(),
  chartRepo: z.string(),
});

/** The form schema for one context (existing names and registries change while the wizard is open). */
export function wizardSchema(ctx: WizardContext) {
  return wizardShape.superRefine((value, issues) => {
    checkAll(value, ctx, (path, key, params) =>
      issues.addIssue({ code: 'custom', path, message: encodeIssue(key, params), params }),
    );
  });
}

export interface WizardIssue {
  path: Array<string | number>;
  key: IssueKey;
  params: IssueParams;
}

/** Every problem of the form, in step order. */
export function wizardIssues(value: WizardForm, ctx: WizardContext): WizardIssue[] {
  const out: WizardIssue[] = [];
  checkAll(value, ctx, (path, key, params = {}) => out.push({ path, key, params }));
  return out;
}
