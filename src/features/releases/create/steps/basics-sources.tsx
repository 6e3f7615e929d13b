/**
 * The Basics step's source pickers (the environment, with its production mark, or the base version), and
 * what each choice does to the rest of the form.
 */
import { useQuery } from '@tanstack/react-query';
import { Select, Space, Tag, Typography, App } from 'antd';
import type { Environment, ReleaseSummary } from '../../../../api/model';
import { useT } from '../../../../i18n/i18n';
import { projectQueries } from '../../shared/project-queries';
import { useReleaseLabels } from '../../shared/status-tag';
import { FieldContainer } from '../field-container';
import { createMessages } from '../messages';
import { useWizardForm, type WizardForm, type WizardType } from '../form-model';
import type { useServiceLoader } from '../use-service-loader';

export function EnvField({
  projectKey,
  onChoose,
}: {
  projectKey: string;
  onChoose: (name: string, env: Environment | undefined) => void;
}) {
  const t = useT(createMessages);
  const environments = useQuery(projectQueries.environments(projectKey));
  return (
    <FieldContainer name="envName" label={t('field.env')} required>
      {({ field, control }) => (
        <Select
          {...control}
          value={field.value || undefined}
          onChange={(name: string) =>
            onChoose(
              name,
              environments.data?.find((e) => e.name === name),
            )
          }
          onBlur={field.onBlur}
          showSearch={{ optionFilterProp: 'title' }}
          loading={environments.isPending}
          placeholder={t('field.env.placeholder')}
          aria-label={t('field.env')}
          style={{ maxWidth: 420 }}
          options={(environments.data ?? []).map((e) => ({
            value: e.name,
            title: e.name,
            label: (
              <Space size={6}>
                {e.name}
                {e.production && <Tag color="red">{t('production')}</Tag>}
              </Space>
            ),
          }))}
        />
      )}
    </FieldContainer>
  );
}

export function BaseField({
  bases,
  baseId,
  onChoose,
}: {
  /** The versions of the chosen type. */
  bases: readonly ReleaseSummary[];
  baseId: string;
  onChoose: (id: string) => void;
}) {
  const t = useT(createMessages);
  const words = useReleaseLabels();
  return (
    <FieldContainer
      name="baseName"
      label={t('field.base')}
      required
      help={bases.length === 0 ? t('field.base.none') : undefined}
    >
      {({ invalid, field, control }) => (
        <Select
          {...control}
          ref={field.ref}
          showSearch={{ optionFilterProp: 'title' }}
          value={baseId || undefined}
          onChange={onChoose}
          onBlur={field.onBlur}
          placeholder={t('field.base.placeholder')}
          aria-invalid={invalid}
          aria-label={t('field.base')}
          style={{ maxWidth: 420 }}
          options={[
            // The chosen version, by name, when the project no longer lists it (deleted meanwhile).
            ...(baseId && !bases.some((v) => v.id === baseId)
              ? [{ value: baseId, title: field.value, label: field.value }]
              : []),
            ...bases.map((v) => ({
              value: v.id,
              title: v.name,
              label: (
                <Space size={6}>
                  {v.name}
                  <Typography.Text type="secondary">{words.status(v.status)}</Typography.Text>
                </Space>
              ),
            })),
          ]}
        />
      )}
    </FieldContainer>
  );
}

const SET = { shouldDirty: true, shouldValidate: true } as const;

/**
 * What choosing a type, a source, an environment or a base version does: services already loaded are
 * dropped and those of the new choice loaded. A change of type or source that would drop services the
 * form holds asks first (they may be written by hand, or edited on later steps).
 */
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
