/** Step 1: type, name, source (environment or base version), description and labels. */
import { useQuery } from '@tanstack/react-query';
import { Input, Radio, Select, Space, Tag, Typography } from 'antd';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import type { ReleaseSummary } from '../../../../api/model';
import { MAX_DESCRIPTION_LENGTH, MAX_NAME_LENGTH, type ReleaseSource } from '../../../../api/schemas';
import { useT } from '../../../../i18n/i18n';
import { projectQueries } from '../../../projects/queries';
import { useReleaseLabels } from '../../shared/status-tag';
import { FieldContainer } from '../field-container';
import type { WizardForm, WizardType } from '../form-model';
import { createMessages } from '../messages';
import type { useServiceLoader } from '../use-service-loader';
import type { HistoryScope } from '../wizard-queries';
import { HistoryNote } from './history-note';

interface BasicsStepProps {
  form: UseFormReturn<WizardForm>;
  projectKey: string;
  deployType: string;
  versions: readonly ReleaseSummary[];
  /** How much of the history the name check looked at (said under the name when partial). */
  nameScope: HistoryScope;
  labelOptions: readonly string[];
  loader: ReturnType<typeof useServiceLoader>;
}

const SOURCE_ORDER: ReleaseSource[] = ['from_env', 'from_version', 'manual'];
const SET = { shouldDirty: true, shouldValidate: true } as const;

export function BasicsStep({
  form,
  projectKey,
  deployType,
  versions,
  nameScope,
  labelOptions,
  loader,
}: BasicsStepProps) {
  const t = useT(createMessages);
  const words = useReleaseLabels();
  const { control } = form;
  const [type, source, envName, baseId] = useWatch({
    control,
    name: ['type', 'source', 'envName', 'baseId'],
  });
  const environments = useQuery({
    ...projectQueries.environments(projectKey),
    enabled: source === 'from_env',
  });
  const bases = versions.filter((v) => v.type === type);
  const expectedType: WizardType | null =
    deployType === 'helm' ? 'HelmChart' : deployType === 'k8s' ? 'K8SYaml' : null;

  const changeType = (next: WizardType) => {
    form.setValue('type', next, SET);
    form.setValue('baseId', '', SET);
    form.setValue('baseName', '', SET);
    form.setValue('baseChartRepo', '', SET);
    form.setValue('services', [], SET);
    loader.cancel();
    if (source === 'from_env' && envName) loader.loadFromEnv(envName, next);
  };

  const changeSource = (next: WizardForm['source']) => {
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

  const chooseEnv = (name: string) => {
    const env = environments.data?.find((e) => e.name === name);
    form.setValue('envName', name, SET);
    form.setValue('production', env?.production ?? false, SET);
    if (env?.registryId && !form.getValues('registryId')) form.setValue('registryId', env.registryId, SET);
    loader.loadFromEnv(name, type);
  };

  const chooseBase = (id: string) => {
    const base = versions.find((v) => v.id === id);
    form.setValue('baseId', id, SET);
    form.setValue('baseName', base?.name ?? '', SET);
    if (base) loader.loadFromVersion(base.id, base.name);
  };

  return (
    <>
      <FieldContainer
        control={control}
        name="type"
        label={t('field.type')}
        required
        extra={
          expectedType && type !== expectedType ? (
            <Typography.Text type="warning">{t('type.mismatch', { deployType })}</Typography.Text>
          ) : undefined
        }
      >
        {({ field, id }) => (
          <Radio.Group
            id={id}
            aria-label={t('field.type')}
            optionType="button"
            buttonStyle="solid"
            value={field.value}
            onChange={(e) => changeType(e.target.value as WizardType)}
            options={[
              { value: 'K8SYaml', label: t('type.K8SYaml') },
              { value: 'HelmChart', label: t('type.HelmChart') },
            ]}
          />
        )}
      </FieldContainer>

      <FieldContainer
        control={control}
        name="name"
        label={t('field.name')}
        required
        help={t('field.name.help')}
        extra={<HistoryNote scope={nameScope} check="names" />}
      >
        {({ field, id, invalid, describedBy }) => (
          <Input
            {...field}
            id={id}
            maxLength={MAX_NAME_LENGTH + 1}
            placeholder={t('field.name.placeholder')}
            status={invalid ? 'error' : undefined}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            aria-required
            autoComplete="off"
            style={{ maxWidth: 420 }}
          />
        )}
      </FieldContainer>

      <FieldContainer
        control={control}
        name="source"
        label={t('field.source')}
        required
        help={t(`source.help.${source}`)}
      >
        {({ field, id, describedBy }) => (
          <Radio.Group
            id={id}
            aria-label={t('field.source')}
            aria-describedby={describedBy}
            optionType="button"
            buttonStyle="solid"
            value={field.value}
            onChange={(e) => changeSource(e.target.value as WizardForm['source'])}
            options={SOURCE_ORDER.map((s) => ({ value: s, label: t(`source.${s}`) }))}
          />
        )}
      </FieldContainer>

      {source === 'from_env' && (
        <FieldContainer control={control} name="envName" label={t('field.env')} required>
          {({ field, id, invalid, describedBy }) => (
            <Select
              id={id}
              value={field.value || undefined}
              onChange={chooseEnv}
              onBlur={field.onBlur}
              showSearch={{ optionFilterProp: 'title' }}
              loading={environments.isPending}
              placeholder={t('field.env.placeholder')}
              status={invalid ? 'error' : undefined}
              aria-label={t('field.env')}
              aria-describedby={describedBy}
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
      )}

      {source === 'from_version' && (
        <FieldContainer
          control={control}
          name="baseName"
          label={t('field.base')}
          required
          help={bases.length === 0 ? t('field.base.none') : undefined}
        >
          {({ id, invalid, describedBy, field }) => (
            <Select
              id={id}
              showSearch={{ optionFilterProp: 'title' }}
              value={baseId || undefined}
              onChange={chooseBase}
              onBlur={field.onBlur}
              placeholder={t('field.base.placeholder')}
              status={invalid ? 'error' : undefined}
              aria-label={t('field.base')}
              aria-describedby={describedBy}
              style={{ maxWidth: 420 }}
              options={bases.map((v) => ({
                value: v.id,
                title: v.name,
                label: (
                  <Space size={6}>
                    {v.name}
                    <Typography.Text type="secondary">{words.status(v.status)}</Typography.Text>
                  </Space>
                ),
              }))}
            />
          )}
        </FieldContainer>
      )}

      <FieldContainer control={control} name="description" label={t('field.description')}>
        {({ field, id, invalid, describedBy }) => (
          <Input.TextArea
            {...field}
            id={id}
            rows={3}
            showCount
            maxLength={MAX_DESCRIPTION_LENGTH}
            status={invalid ? 'error' : undefined}
            aria-describedby={describedBy}
            style={{ maxWidth: 640 }}
          />
        )}
      </FieldContainer>

      <FieldContainer control={control} name="labels" label={t('field.labels')}>
        {({ field, id, invalid, describedBy }) => (
          <Select
            id={id}
            mode="tags"
            value={field.value}
            onChange={(v: string[]) => field.onChange(v.map((l) => l.trim()).filter(Boolean))}
            onBlur={field.onBlur}
            tokenSeparators={[',']}
            placeholder={t('field.labels.placeholder')}
            status={invalid ? 'error' : undefined}
            aria-label={t('field.labels')}
            aria-describedby={describedBy}
            style={{ maxWidth: 640 }}
            options={labelOptions.map((l) => ({ value: l, label: l }))}
          />
        )}
      </FieldContainer>
    </>
  );
}
