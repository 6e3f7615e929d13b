/** Step 3: target registry, Helm chart repository, and every image of the chosen services. */
import { AutoComplete, Select, Space, Tag, Typography, App, Button, Input } from 'antd';
import { useWatch } from 'react-hook-form';
import type { Registry } from '../../../../api/model';
import { useT } from '../../../../i18n/i18n';
import { FieldContainer } from '../field-container';
import type { RegistrySuggestion } from '../history';
import { createMessages } from '../messages';
import { ServiceImages } from './service-images';
import { useWizardForm } from '../form-model';
import { sourceImagesOrigin } from '../server-decided';
import { useState } from 'react';
import { registryLabel, TAG } from '../to-create-request';

interface ImagesStepProps {
  registries: readonly Registry[];
  chartRepoOptions: readonly string[];
  /** The registry the project's Helm versions used last: said under the field when it is chosen. */
  registryHint?: RegistrySuggestion | null;
  pushed: ReadonlyMap<string, string>;
}

export function ImagesStep({ registries, chartRepoOptions, registryHint, pushed }: ImagesStepProps) {
  const t = useT(createMessages);
  const { control } = useWizardForm();
  const [type, source, envName, baseName, registryId, services] = useWatch({
    control,
    name: ['type', 'source', 'envName', 'baseName', 'registryId', 'services'],
  });
  const origin = sourceImagesOrigin(t, { type, source, envName, baseName });
  const following = services.some((s) => s.included && s.images.some((img) => img.tagFollowsName));
  const registry = registries.find((r) => r.id === registryId);
  const hint =
    type === 'HelmChart' && registryHint && registryHint.registryId === registryId
      ? t('field.registry.fromHistory', { version: registryHint.version })
      : undefined;

  return (
    <>
      <RegistryField registries={registries} help={hint} />
      {type === 'HelmChart' && <ChartRepoField chartRepoOptions={chartRepoOptions} />}
      <div
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'flex-end',
          justifyContent: 'space-between',
          gap: 12,
          marginBottom: 12,
          marginTop: 8,
        }}
      >
        <div>
          <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
            {t('images.title')}
          </Typography.Title>
          {origin && (
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
              {origin}
            </Typography.Paragraph>
          )}
          {following && (
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
              {t('field.targetTag.followsAll')}
            </Typography.Paragraph>
          )}
        </div>
        <ApplyTag />
      </div>

      {services.map((s, i) =>
        s.included ? <ServiceImages key={i} index={i} registry={registry} pushed={pushed} /> : null,
      )}
    </>
  );
}

function RegistryField({ registries, help }: { registries: readonly Registry[]; help: string | undefined }) {
  const t = useT(createMessages);
  return (
    <FieldContainer name="registryId" label={t('field.registry')} required help={help}>
      {({ field, control }) => (
        <Select
          {...control}
          value={field.value || undefined}
          onChange={field.onChange}
          onBlur={field.onBlur}
          aria-label={t('field.registry')}
          style={{ maxWidth: 520 }}
          showSearch={{ optionFilterProp: 'title' }}
          options={registries.map((r) => ({
            value: r.id,
            title: registryLabel(r),
            label: (
              <Space size={6}>
                {registryLabel(r)}
                {r.isDefault && <Tag color="blue">{t('field.registry.default')}</Tag>}
              </Space>
            ),
          }))}
        />
      )}
    </FieldContainer>
  );
}

function ChartRepoField({ chartRepoOptions }: { chartRepoOptions: readonly string[] }) {
  const t = useT(createMessages);
  return (
    <FieldContainer
      name="chartRepo"
      label={t('field.chartRepo')}
      help={`${t('field.chartRepo.optional')} ${t('field.chartRepo.help')}`}
    >
      {({ field, control }) => (
        <AutoComplete
          {...control}
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          options={chartRepoOptions.map((r) => ({ value: r }))}
          placeholder={t('field.chartRepo.placeholder')}
          aria-label={t('field.chartRepo')}
          style={{ maxWidth: 420 }}
          showSearch={{
            filterOption: (input, option) =>
              String(option?.value ?? '')
                .toLowerCase()
                .includes(input.toLowerCase()),
          }}
        />
      )}
    </FieldContainer>
  );
}

/** "Apply one tag to every image": sets the target tag of each chosen service's image. */
export function ApplyTag() {
  const t = useT(createMessages);
  const { message } = App.useApp();
  const form = useWizardForm();
  const [tag, setTag] = useState('');
  const tagValid = TAG.test(tag.trim());

  const applyTag = () => {
    const value = tag.trim();
    if (!TAG.test(value)) return;
    let count = 0;
    form.getValues('services').forEach((s, i) => {
      if (!s.included) return;
      s.images.forEach((_img, j) => {
        form.setValue(`services.${i}.images.${j}.tagFollowsName`, false);
        form.setValue(`services.${i}.images.${j}.targetTag`, value, {
          shouldDirty: true,
          shouldValidate: true,
        });
        count++;
      });
    });
    void message.success(t('applyTag.done', { tag: value, count }));
  };

  return (
    // At most the width of the step (in a phone-wide window the field narrows instead of overflowing).
    <div style={{ maxWidth: '100%' }}>
      <label htmlFor="apply-tag" style={{ display: 'block', marginBottom: 4 }}>
        {t('applyTag')}
      </label>
      <Space.Compact style={{ width: 380, maxWidth: '100%' }}>
        <Input
          id="apply-tag"
          value={tag}
          onChange={(e) => setTag(e.target.value)}
          onPressEnter={applyTag}
          placeholder={t('applyTag.placeholder')}
          status={tag && !tagValid ? 'error' : undefined}
          aria-describedby="apply-tag-help"
        />
        <Button onClick={applyTag} disabled={!tagValid}>
          {t('applyTag.button')}
        </Button>
      </Space.Compact>
      {tag && !tagValid && (
        <div id="apply-tag-help" style={{ color: '#ff4d4f', marginTop: 4, maxWidth: 380 }}>
          {t('applyTag.invalid')}
        </div>
      )}
    </div>
  );
}
