/** Step 3: target registry, Helm chart repository, and every image of the chosen services. */
import { PlusOutlined } from '@ant-design/icons';
import { App, AutoComplete, Button, Card, Empty, Input, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form';
import type { Registry } from '../../../../api/model';
import { useT } from '../../../../i18n/i18n';
import { FieldContainer } from '../field-container';
import type { RegistrySuggestion } from '../history';
import { emptyImage, type WizardForm } from '../form-model';
import { createMessages } from '../messages';
import { sourceImagesDecidedBy } from '../server-decided';
import { registryHost } from '../target-image';
import { sourceImagesOrigin } from './decided-origin';
import { IMAGE_ROW_COLUMNS, ImageRow } from './image-row';

interface ImagesStepProps {
  form: UseFormReturn<WizardForm>;
  registries: readonly Registry[];
  chartRepoOptions: readonly string[];
  /** The registry the project's Helm versions used last: said under the field when it is chosen. */
  registryHint?: RegistrySuggestion | null;
  pushed: ReadonlyMap<string, string>;
}

const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

function ServiceImages({
  form,
  index,
  registry,
  pushed,
}: {
  form: UseFormReturn<WizardForm>;
  index: number;
  registry: Registry | undefined;
  pushed: ReadonlyMap<string, string>;
}) {
  const t = useT(createMessages);
  const { fields, append, remove } = useFieldArray({
    control: form.control,
    name: `services.${index}.images`,
  });
  const [name, source] = useWatch({
    control: form.control,
    name: [`services.${index}.serviceName`, 'source'],
  });
  // Zadig matches each image to the environment's or base version's container: no new ones there.
  const canAdd = !sourceImagesDecidedBy(source);
  return (
    <Card
      size="small"
      title={name}
      style={{ marginBottom: 12 }}
      extra={
        canAdd && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => append(emptyImage())}>
            {t('images.add')}
          </Button>
        )
      }
    >
      {fields.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('images.none')} />
      ) : (
        <div
          aria-hidden
          style={{
            display: 'grid',
            gridTemplateColumns: IMAGE_ROW_COLUMNS,
            columnGap: 12,
            fontSize: 12,
            opacity: 0.65,
            paddingBottom: 4,
          }}
        >
          <span>{t('images.col.container')}</span>
          <span>{t('images.col.source')}</span>
          <span />
          <span>{t('images.col.target')}</span>
          <span>{t('images.col.push')}</span>
        </div>
      )}
      {fields.map((f, j) => (
        <ImageRow
          key={f.id}
          form={form}
          serviceIndex={index}
          imageIndex={j}
          registry={registry}
          pushed={pushed}
          onRemove={() => remove(j)}
        />
      ))}
    </Card>
  );
}

export function ImagesStep({ form, registries, chartRepoOptions, registryHint, pushed }: ImagesStepProps) {
  const t = useT(createMessages);
  const { message } = App.useApp();
  const { control } = form;
  const [type, source, envName, baseName, registryId, services] = useWatch({
    control,
    name: ['type', 'source', 'envName', 'baseName', 'registryId', 'services'],
  });
  const origin = sourceImagesOrigin(t, { type, source, envName, baseName });
  const following = services.some((s) => s.included && s.images.some((img) => img.tagFollowsName));
  const registry = registries.find((r) => r.id === registryId);
  const [tag, setTag] = useState('');
  const tagValid = TAG.test(tag.trim());

  const applyTag = () => {
    const value = tag.trim();
    if (!TAG.test(value)) return;
    let count = 0;
    services.forEach((s, i) => {
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
    <>
      <FieldContainer
        control={control}
        name="registryId"
        label={t('field.registry')}
        required
        help={
          type === 'HelmChart' && registryHint && registryHint.registryId === registryId
            ? t('field.registry.fromHistory', { version: registryHint.version })
            : undefined
        }
      >
        {({ field, id, invalid, describedBy }) => (
          <Select
            id={id}
            value={field.value || undefined}
            onChange={field.onChange}
            onBlur={field.onBlur}
            status={invalid ? 'error' : undefined}
            aria-label={t('field.registry')}
            aria-describedby={describedBy}
            style={{ maxWidth: 520 }}
            showSearch={{ optionFilterProp: 'title' }}
            options={registries.map((r) => ({
              value: r.id,
              title: [registryHost(r.address), r.namespace].filter(Boolean).join('/'),
              label: (
                <Space size={6}>
                  {[registryHost(r.address), r.namespace].filter(Boolean).join('/')}
                  {r.isDefault && <Tag color="blue">{t('field.registry.default')}</Tag>}
                </Space>
              ),
            }))}
          />
        )}
      </FieldContainer>

      {type === 'HelmChart' && (
        <FieldContainer
          control={control}
          name="chartRepo"
          label={t('field.chartRepo')}
          help={`${t('field.chartRepo.optional')} ${t('field.chartRepo.help')}`}
        >
          {({ field, id, invalid, describedBy }) => (
            <AutoComplete
              id={id}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              options={chartRepoOptions.map((r) => ({ value: r }))}
              placeholder={t('field.chartRepo.placeholder')}
              status={invalid ? 'error' : undefined}
              aria-label={t('field.chartRepo')}
              aria-describedby={describedBy}
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
      )}

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
        <div>
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
      </div>

      {services.map((s, i) =>
        s.included ? (
          <ServiceImages key={i} form={form} index={i} registry={registry} pushed={pushed} />
        ) : null,
      )}
    </>
  );
}
