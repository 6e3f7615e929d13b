/**
 * Validation of the wizard form: one zod schema (used by react-hook-form through zodResolver and by the
 * step gates), mirroring the contract's required fields per type and source. An issue is a key of the
 * wizard's message catalogue and `params` that say which service or image it is about, carried in a
 * field error's message (react-hook-form keeps only text).
 */
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
import { repeatedChartVersions } from './chart-conflicts';
import { type ChartHistory, isChartVersion } from './history';
import { knownYamlAnalysis } from '../../../components/yaml-editor/yaml-analysis-store';
import { wizardShape, type ImageForm, type ServiceForm, type WizardForm } from './form-model';
import { formatBytes, oversizeService, REQUEST_LIMIT_BYTES, requestSize } from './request-size';
import { sourceImagesDecidedBy, yamlDecidedBy } from './server-decided';
import type { CreateMessageKey } from './messages';
import { joinRef, TAG, targetRepoOf } from './to-create-request';

/** An issue is named by its text's key in the catalogue (`issue.nameRequired` → `nameRequired`). */
type IssueOf<K> = K extends `issue.${infer I}` ? I : never;
export type IssueKey = IssueOf<CreateMessageKey>;

export interface IssueParams {
  service?: string;
  container?: string;
  line?: number;
  /** A chart, a version of it, and the service that gives it that version first. */
  chart?: string;
  chartVersion?: string;
  first?: string;
  /** A version's name (the base version the server no longer has). */
  version?: string;
  /** Characters over a length limit. */
  over?: number;
  /** Sizes, formatted (`12.3 MB`): the whole request, this service's YAML, the limit. */
  total?: string;
  size?: string;
  limit?: string;
}

/** Field errors carry the issue key and its params in the message (react-hook-form keeps only text). */
export function encodeIssue(key: IssueKey, params: IssueParams = {}): string {
  return Object.keys(params).length > 0 ? `${key}|${JSON.stringify(params)}` : key;
}

export function decodeIssue(message: string): { key: string; params: IssueParams } {
  const bar = message.indexOf('|');
  if (bar < 0) return { key: message, params: {} };
  try {
    return { key: message.slice(0, bar), params: JSON.parse(message.slice(bar + 1)) as IssueParams };
  } catch {
    return { key: message.slice(0, bar), params: {} };
  }
}

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
