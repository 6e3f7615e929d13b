/** Step 1: type, name, source (environment or base version), description and labels. */
import { Input, Radio, Select, Typography } from 'antd';
import { useWatch } from 'react-hook-form';
import type { ReleaseSummary } from '../../../../api/model';
import { MAX_DESCRIPTION_LENGTH, type ReleaseSource } from '../../../../api/schemas';
import { useT } from '../../../../i18n/i18n';
import { FieldContainer } from '../field-container';
import { useWizardForm, type WizardForm, type WizardType } from '../form-model';
import { createMessages } from '../messages';
import type { useServiceLoader } from '../use-service-loader';
import type { HistoryScope } from '../wizard-queries';
import { BaseField, EnvField, useBasicsChoices } from './basics-sources';
import { HistoryNote } from './history-note';

interface BasicsStepProps {
  projectKey: string;
  deployType: string;
  versions: readonly ReleaseSummary[];
  /** How much of the history the name check looked at (said under the name when partial). */
  nameScope: HistoryScope;
  labelOptions: readonly string[];
  loader: ReturnType<typeof useServiceLoader>;
}

const SOURCE_ORDER: ReleaseSource[] = ['from_env', 'from_version', 'manual'];

export function BasicsStep({
  projectKey,
  deployType,
  versions,
  nameScope,
  labelOptions,
  loader,
}: BasicsStepProps) {
  const { control } = useWizardForm();
  const [type, source, baseId] = useWatch({ control, name: ['type', 'source', 'baseId'] });
  const choices = useBasicsChoices(versions, loader);
  const expectedType: WizardType | null =
    deployType === 'helm' ? 'HelmChart' : deployType === 'k8s' ? 'K8SYaml' : null;
  return (
    <>
      <TypeField
        mismatch={expectedType !== null && type !== expectedType}
        deployType={deployType}
        onChange={choices.changeType}
      />
      <NameField nameScope={nameScope} />
      <SourceField source={source} onChange={choices.changeSource} />
      {source === 'from_env' && <EnvField projectKey={projectKey} onChoose={choices.chooseEnv} />}
      {source === 'from_version' && (
        <BaseField
          bases={versions.filter((v) => v.type === type)}
          baseId={baseId}
          onChoose={choices.chooseBase}
        />
      )}
      <DescriptionField />
      <LabelsField labelOptions={labelOptions} />
    </>
  );
}

function TypeField(props: { mismatch: boolean; deployType: string; onChange: (next: WizardType) => void }) {
  const t = useT(createMessages);
  return (
    <FieldContainer
      name="type"
      label={t('field.type')}
      required
      extra={
        props.mismatch ? (
          <Typography.Text type="warning">
            {t('type.mismatch', { deployType: props.deployType })}
          </Typography.Text>
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
          onChange={(e) => props.onChange(e.target.value as WizardType)}
          options={[
            { value: 'K8SYaml', label: t('type.K8SYaml') },
            { value: 'HelmChart', label: t('type.HelmChart') },
          ]}
        />
      )}
    </FieldContainer>
  );
}

function NameField({ nameScope }: { nameScope: HistoryScope }) {
  const t = useT(createMessages);
  return (
    <FieldContainer
      name="name"
      label={t('field.name')}
      required
      help={t('field.name.help')}
      extra={<HistoryNote scope={nameScope} check="names" />}
    >
      {({ field, invalid, control }) => (
        <Input
          {...field}
          {...control}
          placeholder={t('field.name.placeholder')}
          aria-invalid={invalid}
          aria-required
          autoComplete="off"
          style={{ maxWidth: 420 }}
        />
      )}
    </FieldContainer>
  );
}

function SourceField(props: { source: ReleaseSource; onChange: (next: WizardForm['source']) => void }) {
  const t = useT(createMessages);
  return (
    <FieldContainer name="source" label={t('field.source')} required help={t(`source.help.${props.source}`)}>
      {({ field, id, describedBy }) => (
        <Radio.Group
          id={id}
          aria-label={t('field.source')}
          aria-describedby={describedBy}
          optionType="button"
          buttonStyle="solid"
          value={field.value}
          onChange={(e) => props.onChange(e.target.value as WizardForm['source'])}
          options={SOURCE_ORDER.map((s) => ({ value: s, label: t(`source.${s}`) }))}
        />
      )}
    </FieldContainer>
  );
}

function DescriptionField() {
  const t = useT(createMessages);
  return (
    <FieldContainer name="description" label={t('field.description')}>
      {({ field, control }) => (
        <Input.TextArea
          {...field}
          {...control}
          rows={3}
          // Counts and marks text over the limit without cutting it: the field's error says by how much.
          count={{ show: true, max: MAX_DESCRIPTION_LENGTH }}
          style={{ maxWidth: 640 }}
        />
      )}
    </FieldContainer>
  );
}

function LabelsField({ labelOptions }: { labelOptions: readonly string[] }) {
  const t = useT(createMessages);
  return (
    <FieldContainer name="labels" label={t('field.labels')}>
      {({ field, control }) => (
        <Select
          {...control}
          mode="tags"
          value={field.value}
          onChange={(v: string[]) => field.onChange(v.map((l) => l.trim()).filter(Boolean))}
          onBlur={field.onBlur}
          tokenSeparators={[',']}
          placeholder={t('field.labels.placeholder')}
          aria-label={t('field.labels')}
          style={{ maxWidth: 640 }}
          options={labelOptions.map((l) => ({ value: l, label: l }))}
        />
      )}
    </FieldContainer>
  );
}
