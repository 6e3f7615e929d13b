/**
 * The wizard's form model: what the user edits, shaped for the steps, not for the wire. `toCreateRequest`
 * turns it into a create request; `wizard-schema.ts` validates it.
 */
import type { ReleaseSource } from '../../../api/schemas';

export const WIZARD_STEPS = ['basics', 'services', 'images', 'review'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

export type WizardType = 'K8SYaml' | 'HelmChart';

export function isWizardStep(value: string | null): value is WizardStep {
  return value !== null && (WIZARD_STEPS as readonly string[]).includes(value);
}

export interface ImagePathForm {
  repo: string;
  namespace: string;
  image: string;
  tag: string;
}

export interface ImageForm {
  containerName: string;
  imageName: string;
  /** Source image without its tag (`registry/namespace/name`). */
  sourceRepo: string;
  sourceTag: string;
  /** Target image without its tag; "" = derived from the registry and the image name. */
  targetRepo: string;
  targetTag: string;
  /** The target tag is the version name (until the user sets the tag by hand); absent = set by hand. */
  tagFollowsName?: boolean;
  push: boolean;
  /** Found in the service's pasted YAML (manual services): follows the YAML, gone when it is. */
  fromYaml?: boolean;
  /** Helm only: dotted values paths the image is written to. */
  imagePath: ImagePathForm;
}

export interface ServiceForm {
  /** Unchecked services (from an environment) are not part of the version. */
  included: boolean;
  serviceName: string;
  /** Helm chart name, when known (for the chart-version suggestion); not sent. */
  chartName: string;
  /** K8s YAML or Helm values as they will be sent (before image substitution). */
  yaml: string;
  /** What the environment or base version had, for the diff on Review; not sent. */
  sourceYaml: string;
  chartVersion: string;
  /** Helm from_version: the base version's chart version of this service. */
  originalChartVersion: string;
  images: ImageForm[];
}

export interface WizardForm {
  type: WizardType;
  name: string;
  source: ReleaseSource;
  envName: string;
  production: boolean;
  /** from_version: the base version (id for reading it, name for the request). */
  baseId: string;
  baseName: string;
  baseChartRepo: string;
  description: string;
  labels: string[];
  services: ServiceForm[];
  registryId: string;
  chartRepo: string;
}

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
