/** The Review step's summary: name, type, source, registry, where YAML and images come from, counts. */
import { Descriptions, Space, Tag, Typography } from 'antd';
import type { Registry } from '../../../../api/model';
import { useT } from '../../../../i18n/i18n';
import { includedServices, type WizardForm } from '../form-model';
import { createMessages } from '../messages';
import { registryLabel } from '../target-image';
import { sourceImagesOrigin, yamlOrigin } from '../server-decided';

export function ReviewSummary({
  values,
  registries,
}: {
  values: WizardForm;
  registries: readonly Registry[];
}) {
  const t = useT(createMessages);
  const services = includedServices(values);
  const registry = registries.find((r) => r.id === values.registryId);
  const images = services.flatMap(({ service }) => service.images);
  const none = <Typography.Text type="secondary">{t('none')}</Typography.Text>;
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, md: 2 }}
      style={{ marginBottom: 24 }}
      items={[
        {
          key: 'name',
          label: t('field.name'),
          children: <Typography.Text strong>{values.name}</Typography.Text>,
        },
        { key: 'type', label: t('field.type'), children: t(`type.${values.type}`) },
        {
          key: 'source',
          label: t('field.source'),
          children: <SourceSummary values={values} />,
        },
        {
          key: 'registry',
          label: t('field.registry'),
          children: registry ? registryLabel(registry) : none,
        },
        ...(values.type === 'HelmChart'
          ? [
              {
                key: 'repo',
                label: t('field.chartRepo'),
                children: values.chartRepo.trim() || t('review.chartRepo.none'),
              },
            ]
          : []),
        {
          key: 'yamlOrigin',
          label: t(values.type === 'HelmChart' ? 'review.yamlOrigin.helm' : 'review.yamlOrigin.k8s'),
          children:
            yamlOrigin(t, values) ??
            t(values.source === 'manual' ? 'review.yamlOrigin.template' : 'review.yamlOrigin.body'),
        },
        ...(sourceImagesOrigin(t, values)
          ? [{ key: 'imagesOrigin', label: t('field.sourceRepo'), children: sourceImagesOrigin(t, values) }]
          : []),
        {
          key: 'services',
          label: t('step.services'),
          children: `${t('review.servicesCount', { count: services.length })} · ${t('review.pushCount', {
            push: images.filter((i) => i.push).length,
            total: images.length,
          })}`,
        },
        {
          key: 'labels',
          label: t('field.labels'),
          children: values.labels.length ? values.labels.map((l) => <Tag key={l}>{l}</Tag>) : none,
        },
        { key: 'desc', label: t('field.description'), children: values.description.trim() || none },
      ]}
    />
  );
}

function SourceSummary({ values }: { values: WizardForm }) {
  const t = useT(createMessages);
  return (
    <Space size={6} wrap>
      {t(`source.${values.source}`)}
      {values.source === 'from_version' && <Tag>{values.baseName}</Tag>}
      {values.source !== 'manual' && values.envName && <Tag>{values.envName}</Tag>}
      {values.source !== 'manual' && values.production && <Tag color="red">{t('production')}</Tag>}
    </Space>
  );
}
