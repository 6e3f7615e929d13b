/** One service on Review: its YAML/values as stored (target images written in) and the diff to its source. */
import { Tabs, Typography } from 'antd';
import type { Registry } from '../../../../api/model';
import { LazyYamlDiff } from '../../../../components/yaml-diff/lazy-yaml-diff';
import { LazyYamlViewer } from '../../../../components/yaml-viewer/lazy-yaml-viewer';
import { commonMessages } from '../../../../i18n/common';
import { useT } from '../../../../i18n/i18n';
import type { ServiceForm, WizardForm } from '../form-model';
import { createMessages } from '../messages';
import { oneServiceRequest, storedYaml } from '../to-create-request';
import { ValuesKeys, valuesKeysMessages } from '../../shared/values-keys';

interface ServiceReviewProps {
  form: WizardForm;
  service: ServiceForm;
  registries: readonly Registry[];
}

export function ServiceReview({ form, service, registries }: ServiceReviewProps) {
  const t = useT(createMessages);
  const tc = useT(commonMessages);
  if (!service.yaml.trim()) return <Typography.Text type="secondary">{t('review.empty')}</Typography.Text>;
  const stored = storedYaml(form, service, registries);
  const keys = form.type === 'HelmChart' && (
    <HelmValuesKeys form={form} service={service} registries={registries} />
  );
  const fileName = `${form.name.trim() || 'version'}-${service.serviceName}${form.type === 'HelmChart' ? '-values' : ''}.yaml`;
  return (
    <>
      {keys}
      <Tabs
        size="small"
        destroyOnHidden
        items={[
          {
            key: 'stored',
            label: t('review.stored'),
            children: (
              <LazyYamlViewer
                value={stored}
                label={tc('pair', { label: service.serviceName, value: t('review.stored') })}
                fileName={fileName}
              />
            ),
          },
          {
            key: 'diff',
            label: t('review.diff'),
            children:
              form.source === 'manual' && !service.sourceYaml ? (
                <Typography.Text type="secondary">{t('review.noSource')}</Typography.Text>
              ) : (
                <LazyYamlDiff
                  before={service.sourceYaml}
                  after={stored}
                  beforeLabel={tc('pair', { label: service.serviceName, value: t('review.source') })}
                  afterLabel={tc('pair', { label: service.serviceName, value: t('review.result') })}
                />
              ),
          },
        ]}
      />
    </>
  );
}

/** Helm: where each image goes in the values (its `image_path` keys and the value written there). */
function HelmValuesKeys({ form, service, registries }: ServiceReviewProps) {
  const tv = useT(valuesKeysMessages);
  const images = oneServiceRequest(form, service, registries).body.services[0]?.images ?? [];
  return (
    <div style={{ marginBottom: 8 }}>
      <Typography.Text strong>{tv('title')}</Typography.Text>
      {images.map((image, i) => (
        <div key={i} style={{ display: 'flex', gap: 8, flexWrap: 'wrap', marginTop: 4 }}>
          <Typography.Text type="secondary">{image.image_name || image.container_name}</Typography.Text>
          <ValuesKeys
            targetImage={image.target_image}
            imagePath={'image_path' in image ? (image.image_path ?? null) : null}
            imageName={image.image_name || image.container_name}
          />
        </div>
      ))}
    </div>
  );
}
