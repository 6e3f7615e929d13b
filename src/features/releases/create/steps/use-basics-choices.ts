/**
 * What choosing a type, a source, an environment or a base version does to the rest of the form on the
 * Basics step: services already loaded are dropped and the services of the new choice are loaded. A
 * change of type or source that would drop services the form holds asks first (they may be written by
 * hand, or edited on later steps).
 */
import { App } from 'antd';
import type { Environment, ReleaseSummary } from '../../../../api/model';
import { useT } from '../../../../i18n/i18n';
import { createMessages } from '../messages';
import { useWizardForm, type WizardForm, type WizardType } from '../form-model';
import type { useServiceLoader } from '../use-service-loader';

const SET = { shouldDirty: true, shouldValidate: true } as const;

export function useBasicsChoices(
  versions: readonly ReleaseSummary[],
  loader: ReturnType<typeof useServiceLoader>,
) {
  const form = useWizardForm();
  const t = useT(createMessages);
  const { modal } = App.useApp();
  /** Runs `change` at once when no service would be dropped, else once the user agrees. */
  const dropServices = (change: () => void) => {
    const count = form.getValues('services').length;
    if (count === 0) return change();
    void modal.confirm({
      title: t('drop.title'),
      content: t('drop.text', { count }),
      okText: t('drop.ok'),
      okButtonProps: { danger: true },
      cancelText: t('drop.cancel'),
      onOk: change,
    });
  };
  const setType = (next: WizardType) => {
    const { source, envName } = form.getValues();
    form.setValue('type', next, SET);
    form.setValue('baseId', '', SET);
    form.setValue('baseName', '', SET);
    form.setValue('baseChartRepo', '', SET);
    form.setValue('services', [], SET);
    loader.cancel();
    if (source === 'from_env' && envName) loader.loadFromEnv(envName, next);
  };

  const setSource = (next: WizardForm['source']) => {
    const { type, envName, baseId } = form.getValues();
    form.setValue('source', next, SET);
    loader.cancel();
    if (next === 'from_env') {
      form.setValue('services', [], SET);
      if (envName) loader.loadFromEnv(envName, type);
    } else if (next === 'from_version') {
      form.setValue('services', [], SET);
      const base = versions.find((v) => v.id === baseId);
      if (base) loader.loadFromVersion(base.id, base.name);
    }
  };

  const chooseEnv = (name: string, env: Environment | undefined) => {
    form.setValue('envName', name, SET);
    form.setValue('production', env?.production ?? false, SET);
    if (env?.registryId && !form.getValues('registryId')) form.setValue('registryId', env.registryId, SET);
    loader.loadFromEnv(name, form.getValues('type'));
  };

  const chooseBase = (id: string) => {
    const base = versions.find((v) => v.id === id);
    form.setValue('baseId', id, SET);
    form.setValue('baseName', base?.name ?? '', SET);
    if (base) loader.loadFromVersion(base.id, base.name);
  };

  const changeType = (next: WizardType) => dropServices(() => setType(next));
  const changeSource = (next: WizardForm['source']) =>
    next === 'manual' ? setSource(next) : dropServices(() => setSource(next));

  return { changeType, changeSource, chooseEnv, chooseBase };
}
