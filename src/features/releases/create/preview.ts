/**
 * What a service's YAML (K8s) or values (Helm) will look like once stored: the target images written
 * in by the same rules the server applies (`lib/substitute-images`).
 */
import type { Registry } from '../../../api/model';
import { substituteHelmValues, substituteK8sYaml } from '../../../lib/substitute-images';
import type { ServiceForm, WizardForm } from './form-model';
import { toCreateRequest } from './to-create-request';

export function storedYaml(form: WizardForm, service: ServiceForm, registries: readonly Registry[]): string {
  const one = toCreateRequest(
    { ...form, services: [{ ...service, included: true }] },
    { projectKey: '', registries },
  );
  const images = one.body.services[0]?.images ?? [];
  if (form.type === 'HelmChart') return substituteHelmValues(service.yaml, images);
  return substituteK8sYaml(service.yaml, images, { source: form.source });
}
