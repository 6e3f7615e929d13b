/**
 * The form the wizard opens with: type from `?type=` or the project, and the registry the project's Helm
 * versions used last (else the default one); or a base version.
 */
import type { Project, Registry, ReleaseDetail } from '../../../api/model';
import { emptyForm, type WizardForm, type WizardType } from './form-model';
import type { ChartHistory, RegistrySuggestion } from './history';
import { servicesFromVersion } from './prefill';

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
