/**
 * Where a server's 400 belongs in the form. Zadig and the sandbox name the field at the start of the
 * description (`services[0].images[1].target_image_tag: …`); request paths are mapped to form paths
 * (the request lists only the included services).
 */
import type { FieldPath } from 'react-hook-form';
import type { WizardForm } from './form-model';

const TOP: Record<string, FieldPath<WizardForm>> = {
  version_name: 'name',
  env_name: 'envName',
  original_version: 'baseName',
  original_version_name: 'baseName',
  desc: 'description',
  labels: 'labels',
  image_registry_id: 'registryId',
  chart_repo_name: 'chartRepo',
  original_chart_repo_name: 'baseName',
  services: 'services',
};
const SERVICE: Record<string, string> = {
  service_name: 'serviceName',
  chart_version: 'chartVersion',
  original_chart_version: 'originalChartVersion',
  yaml_content: 'yaml',
};
const IMAGE: Record<string, string> = {
  container_name: 'containerName',
  image_name: 'imageName',
  source_image: 'sourceRepo',
  source_image_tag: 'sourceTag',
  target_image: 'targetRepo',
  target_image_tag: 'targetTag',
  image_path: 'imagePath.image',
  push_image: 'push',
};

/**
 * The form field a server message names, with the message without its path; null when it names none.
 * `includedIndexes[i]` is the form index of the request's i-th service.
 */
export function fieldOfServerError(
  text: string,
  includedIndexes: readonly number[],
): { field: FieldPath<WizardForm>; message: string } | null {
  const m = /^\s*([a-z_]+)(?:\[(\d+)\](?:\.([a-z_]+)(?:\[(\d+)\](?:\.([a-z_]+))?)?)?)?\s*:\s*(.+)$/s.exec(
    text,
  );
  if (!m) return null;
  const [, top = '', si, sField, ii, iField, message = ''] = m;
  if (top !== 'services' || si === undefined) {
    const field = TOP[top];
    return field ? { field, message } : null;
  }
  const formIndex = includedIndexes[Number(si)];
  if (formIndex === undefined || !sField) return null;
  if (sField === 'images' && ii !== undefined && iField && IMAGE[iField]) {
    return {
      field: `services.${formIndex}.images.${Number(ii)}.${IMAGE[iField]}` as FieldPath<WizardForm>,
      message,
    };
  }
  const field = SERVICE[sField];
  return field ? { field: `services.${formIndex}.${field}` as FieldPath<WizardForm>, message } : null;
}

/**
 * True when the server says the base version (`?from=`, or the one chosen on Basics) no longer exists:
 * it was deleted after the wizard read it. The sandbox answers a 400 naming the field
 * (`original_version_name: version v1.9.2 does not exist in project p`); Zadig answers a 500 whose
 * description is `failed to get original version, projectKey: p, versionName: v1.9.2, error: mongo: no
 * documents in result` (koderover/zadig pkg/microservice/aslan/core/delivery/service/openapi.go,
 * OpenAPICreateK8SDeliveryVersion and OpenAPICreateHelmDeliveryVersion).
 */
export function isBaseVersionGone(text: string): boolean {
  return (
    /^\s*original_version(?:_name)?\s*:\s*version .+ does not exist in project /s.test(text) ||
    /failed to get original version\b.*no documents in result/is.test(text)
  );
}
