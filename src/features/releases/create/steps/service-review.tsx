/** One service on Review: its YAML/values as stored (target images written in) and the diff to its source. */
import { Tabs, Typography } from 'antd';
import type { Registry } from '../../../../api/model';
import { LazyYamlDiff } from '../../../../components/yaml-diff/lazy-yaml-diff';
import { LazyYamlViewer } from '../../../../components/yaml-viewer/lazy-yaml-viewer';
import { useT } from '../../../../i18n/i18n';
import type { ServiceForm, WizardForm } from '../form-model';
import { createMessages } from '../messages';
import { storedYaml } from '../preview';

interface ServiceReviewProps {
  form: WizardForm;
  service: ServiceForm;
  registries: readonly Registry[];
}

export function ServiceReview({ form, service, registries }: ServiceReviewProps) {
  const t = useT(createMessages);
  if (!service.yaml.trim()) return <Typography.Text type="secondary">{t('review.empty')}</Typography.Text>;
  const stored = storedYaml(form, service, registries);
  const fileName = `${form.name.trim() || 'version'}-${service.serviceName}${form.type === 'HelmChart' ? '-values' : ''}.yaml`;
  return (
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
              label={`${service.serviceName}: ${t('review.stored')}`}
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
                beforeLabel={`${service.serviceName}: ${t('review.source')}`}
                afterLabel={`${service.serviceName}: ${t('review.result')}`}
              />
            ),
        },
      ]}
    />
  );
}
