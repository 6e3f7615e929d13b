/**
 * The wizard's form model: what the user edits, shaped for the steps, not for the wire. `toCreateRequest`
 * turns it into a create request; `wizard-schema.ts` validates it. Also the form the wizard opens with.
 */
import { useFormContext, type UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import type { Project, Registry, ReleaseDetail } from '../../../api/model';
import type { ChartHistory, RegistrySuggestion } from './history';
import { servicesFromVersion } from './prefill';

export const WIZARD_STEPS = ['basics', 'services', 'images', 'review'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

export function isWizardStep(value: string | null): value is WizardStep {
  return value !== null && (WIZARD_STEPS as readonly string[]).includes(value);
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
  /** Source image without its tag (`registry/namespace/name`). */
  sourceRepo: z.string(),
  sourceTag: z.string(),
  /** Target image without its tag; "" = derived from the registry and the image name. */
  targetRepo: z.string(),
  targetTag: z.string(),
  /** The target tag is the version name (until the user sets the tag by hand); absent = set by hand. */
  tagFollowsName: z.boolean().optional(),
  push: z.boolean(),
  /** Found in the service's pasted YAML (manual services): follows the YAML, gone when it is. */
  fromYaml: z.boolean().optional(),
  /** Helm only: dotted values paths the image is written to. */
  imagePath: imagePathShape,
});
const serviceShape = z.object({
  /** Unchecked services (from an environment) are not part of the version. */
  included: z.boolean(),
  serviceName: z.string(),
  /** Helm chart name, when known (for the chart-version suggestion); not sent. */
  chartName: z.string(),
  /** K8s YAML or Helm values as they will be sent (before image substitution). */
  yaml: z.string(),
  /** What the environment or base version had, for the diff on Review; not sent. */
  sourceYaml: z.string(),
  chartVersion: z.string(),
  /** Helm from_version: the base version's chart version of this service. */
  originalChartVersion: z.string(),
  images: z.array(imageShape),
});

/** The form's shape (no rules: `wizard-schema.ts` has them); also reads a stored draft back. */
export const wizardShape = z.object({
  type: z.enum(['K8SYaml', 'HelmChart']),
  name: z.string(),
  source: z.enum(['manual', 'from_env', 'from_version']),
  envName: z.string(),
  production: z.boolean(),
  /** from_version: the base version (id for reading it, name for the request). */
  baseId: z.string(),
  baseName: z.string(),
  baseChartRepo: z.string(),
  description: z.string(),
  labels: z.array(z.string()),
  services: z.array(serviceShape),
  registryId: z.string(),
  chartRepo: z.string(),
});

export type ImagePathForm = z.infer<typeof imagePathShape>;
export type ImageForm = z.infer<typeof imageShape>;
export type ServiceForm = z.infer<typeof serviceShape>;
export type WizardForm = z.infer<typeof wizardShape>;
export type WizardType = WizardForm['type'];

export const EMPTY_IMAGE_PATH: ImagePathForm = { repo: '', namespace: '', image: '', tag: '' };

export function emptyForm(type: WizardType, registryId = ''): WizardForm {
  return {
    type,
    name: '',
    source: 'from_env',
    envName: '',
    production: false,
    baseId: '',
    baseName: '',
    baseChartRepo: '',
    description: '',
    labels: [],
    services: [],
    registryId,
    chartRepo: '',
  };
}

export function emptyService(serviceName = ''): ServiceForm {
  return {
    included: true,
    serviceName,
    chartName: '',
    yaml: '',
    sourceYaml: '',
    chartVersion: '',
    originalChartVersion: '',
    images: [],
  };
}

export function emptyImage(): ImageForm {
  return {
    containerName: '',
    imageName: '',
    sourceRepo: '',
    sourceTag: '',
    targetRepo: '',
    targetTag: '',
    tagFollowsName: true,
    push: true,
    imagePath: { ...EMPTY_IMAGE_PATH },
  };
}

/** The services that are part of the version, with their index in the form. */
export function includedServices(
  form: Pick<WizardForm, 'services'>,
): Array<{ service: ServiceForm; index: number }> {
  return form.services.flatMap((service, index) => (service.included ? [{ service, index }] : []));
}

/** The wizard's one form, as its steps and rows read it (`CreateWizard` provides it). */
export function useWizardForm(): UseFormReturn<WizardForm> {
  return useFormContext<WizardForm>();
}

/*
 * The form the wizard opens with: type from `?type=` or the project, and the registry the project's Helm
 * versions used last (else the default one); or a base version.
 */
export function typeFromParam(value: string | null): WizardType | null {
  if (value === 'k8s') return 'K8SYaml';
  if (value === 'helm') return 'HelmChart';
  return null;
}

export function defaultRegistryId(registries: readonly Registry[]): string {
  return (registries.find((r) => r.isDefault) ?? registries[0])?.id ?? '';
}

interface InitialFormInput {
  project: Project | undefined;
  registries: readonly Registry[];
  /** From `?type=`. */
  type: WizardType | null;
  /** From `?from=`: the version to start from; only a new name is then needed. */
  base?: ReleaseDetail | undefined;
  history?: ChartHistory | undefined;
  /** Chart repositories of earlier versions, most recent first: the first one is preselected. */
  chartRepos?: readonly string[];
  /** The registry the project's Helm versions used last: preselected for a Helm version. */
  helmRegistry?: RegistrySuggestion | null;
}

export function initialForm({
  project,
  registries,
  type,
  base,
  history,
  chartRepos = [],
  helmRegistry = null,
}: InitialFormInput): WizardForm {
  const registryId = defaultRegistryId(registries);
  if (base) {
    const baseType: WizardType = base.type === 'HelmChart' ? 'HelmChart' : 'K8SYaml';
    const baseRegistry = registries.some((r) => r.id === base.imageRegistryId)
      ? base.imageRegistryId
      : registryId;
    return {
      ...emptyForm(baseType, baseRegistry),
      source: 'from_version',
      baseId: base.id,
      baseName: base.name,
      baseChartRepo: base.chartRepoName,
      envName: base.envName,
      production: base.production,
      labels: [...base.labels],
      chartRepo: base.chartRepoName,
      services: servicesFromVersion(base, registries, baseRegistry, history),
    };
  }
  const projectType: WizardType = project?.deployType === 'helm' ? 'HelmChart' : 'K8SYaml';
  const chosen = type ?? projectType;
  const registry = chosen === 'HelmChart' && helmRegistry ? helmRegistry.registryId : registryId;
  return { ...emptyForm(chosen, registry), chartRepo: chartRepos[0] ?? '' };
}
