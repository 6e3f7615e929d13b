/**
 * What a service's YAML (K8s) or values (Helm) will look like once stored: the target images written
 * in by the same rules the server applies (`lib/substitute-images`).
 */
import type { Registry } from '../../../api/model';
import { substituteHelmValues, substituteK8sYaml } from '../../../lib/substitute-images';
import type { ServiceForm, WizardForm } from './form-model';
import { oneServiceRequest } from './to-create-request';

export function storedYaml(form: WizardForm, service: ServiceForm, registries: readonly Registry[]): string {
  const sent = oneServiceRequest(form, service, registries).body.services[0];
  const images = sent?.images ?? [];
  // What the request carries (the environment's or base version's text where Zadig decides it).
  const yaml = sent?.yaml_content ?? service.yaml;
  if (form.type === 'HelmChart') return substituteHelmValues(yaml, images);
  return substituteK8sYaml(yaml, images, { source: form.source });
}
