/** Words for where Zadig takes a part of the version from (see `../server-decided.ts`). */
import type { Translate } from '../../../../i18n/i18n';
import type { WizardForm } from '../form-model';
import type { CreateMessageKey } from '../messages';
import { sourceImagesDecidedBy, yamlDecidedBy } from '../server-decided';

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
