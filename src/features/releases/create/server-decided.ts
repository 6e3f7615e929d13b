/**
 * What Zadig decides itself when it creates a version, per type and source, so that the wizard shows
 * those parts as a read-only preview and never sends an edit the server would drop. Read from
 * koderover/zadig `pkg/microservice/aslan/core/delivery/service/openapi.go`
 * (`OpenAPICreateK8SDeliveryVersion`, `OpenAPICreateHelmDeliveryVersion`, v4.2.1 to v5.0.0):
 *
 * | type, source       | YAML / values                         | source images      | image_path             |
 * |--------------------|---------------------------------------|--------------------|------------------------|
 * | K8s manual         | the body's                            | the body's         | n/a                    |
 * | K8s from_env       | `kube.RenderEnvService` (environment) | env containers     | n/a                    |
 * | K8s from_version   | the body's                            | the base version's | n/a                    |
 * | Helm manual        | the body's                            | the body's         | the service template's |
 * | Helm from_env      | `GenMergedValues` + `GeneFullValues`  | env containers     | the environment's      |
 * | Helm from_version  | the base version's `YamlContent`      | the base version's | the base version's     |
 *
 * Zadig v4.0/v4.1 used the body for everything, so the body still carries these parts, unedited, as
 * the wizard read them from the environment or the base version.
 */
import type { ReleaseSource } from '../../../api/schemas';
import type { WizardType, WizardForm } from './form-model';
import type { Translate } from '../../../i18n/i18n';
import type { CreateMessageKey } from './messages';

/** Where the server takes a part from: the environment, the base version, or the request (null). */
export type DecidedBy = 'env' | 'version' | null;

/** Where the YAML (K8s) or values (Helm) stored with the version come from. */
export function yamlDecidedBy(type: WizardType, source: ReleaseSource): DecidedBy {
  if (source === 'from_env') return 'env';
  if (source === 'from_version' && type === 'HelmChart') return 'version';
  return null;
}

/** Where the source images (image, tag, image name) come from; matched by service + container. */
export function sourceImagesDecidedBy(source: ReleaseSource): DecidedBy {
  if (source === 'from_env') return 'env';
  if (source === 'from_version') return 'version';
  return null;
}

/**
 * Helm `image_path`: only a manual version lets the user set it, and then only older servers
 * (v4.0/v4.1) read it; v4.2+ take the service template's. Never required.
 */
export function imagePathEditable(type: WizardType, source: ReleaseSource): boolean {
  return type === 'HelmChart' && source === 'manual';
}

type T = Translate<CreateMessageKey>;
type Origin = Pick<WizardForm, 'type' | 'source' | 'envName' | 'baseName'>;

/** "Rendered from environment dev when the version is created", or null where the request's is used. */
export function yamlOrigin(t: T, form: Origin): string | null {
  const by = yamlDecidedBy(form.type, form.source);
  if (by === 'env') {
    return t(form.type === 'HelmChart' ? 'decided.values.env' : 'decided.yaml.env', { env: form.envName });
  }
  if (by === 'version') return t('decided.yaml.version', { version: form.baseName });
  return null;
}

/** "Source images come from environment dev …", or null where the request's are used. */
export function sourceImagesOrigin(t: T, form: Origin): string | null {
  const by = sourceImagesDecidedBy(form.source);
  if (by === 'env') return t('decided.images.env', { env: form.envName });
  if (by === 'version') return t('decided.images.version', { version: form.baseName });
  return null;
}
