/** Step 2: the services of the version, from the environment, the base version, or added by hand. */
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Empty, Select, Space, Spin, Typography } from 'antd';
import { useFieldArray, useWatch } from 'react-hook-form';
import { ErrorView } from '../../../../components/api-error';
import { useT } from '../../../../i18n/i18n';
import { projectQueries } from '../../shared/project-queries';
import { emptyService, type ServiceForm, useWizardForm } from '../form-model';
import { suggestChartVersions, type ChartHistory } from '../history';
import { createMessages } from '../messages';
import { serviceFromTemplate } from '../prefill';
import type { RequestSize } from '../request-size';
import { useKnownImagePaths } from '../use-known-image-paths';
import { useRepeatedChartVersions } from '../use-repeated-chart-versions';
import type { LoadState } from '../use-service-loader';
import type { HistoryScope } from '../wizard-queries';
import type { ChartConflict } from '../chart-conflicts';
import { HistoryNote } from './history-note';
import { ServiceCard } from './service-card';
import { SizeMeter } from './size-meter';

interface ServicesStepProps {
  projectKey: string;
  history: ChartHistory | undefined;
  /** The versions whose Helm versions the suggestions come from (said when partial). */
  historyScope: HistoryScope;
  /** Services whose chart version another version already pushes. */
  chartConflicts: readonly ChartConflict[];
  loadState: LoadState;
  size: RequestSize;
}

export function ServicesStep(props: ServicesStepProps) {
  const { projectKey, history, historyScope, chartConflicts, loadState, size } = props;
  const t = useT(createMessages);
  const { control } = useWizardForm();
  const { fields, append, remove } = useFieldArray({ control, name: 'services' });
  const [type, source, envName, baseName, services] = useWatch({
    control,
    name: ['type', 'source', 'envName', 'baseName', 'services'],
  });
  const manual = source === 'manual';
  const chosen = services.filter((s) => s.included).length;
  const suggestions = history ? suggestChartVersions(history, services) : [];
  const repeated = useRepeatedChartVersions(history);

  if (loadState.status === 'loading') {
    return (
      <div role="status" style={{ padding: 32, textAlign: 'center' }}>
        <Spin />
        <div>{t('services.loading')}</div>
      </div>
    );
  }
  if (loadState.status === 'error') {
    return (
      <ErrorView
        variant="inline"
        error={loadState.error}
        title={t('services.loadFailed')}
        onRetry={loadState.retry}
      />
    );
  }

  const intro = manual
    ? t('services.manual')
    : source === 'from_env'
      ? t('services.fromEnv', { env: envName })
      : t('services.fromVersion', { version: baseName });

  return (
    <>
      <Alert type="info" showIcon title={intro} style={{ marginBottom: 16 }} />
      <SizeMeter size={size} />
      {type === 'HelmChart' && <HistoryNote scope={historyScope} check="charts" />}
      {!manual && fields.length > 0 && (
        <Typography.Paragraph type="secondary">
          {t('services.selected', { count: chosen, total: fields.length })}
        </Typography.Paragraph>
      )}
      {manual && (
        <TemplatePicker projectKey={projectKey} history={history} onAdd={(service) => append(service)} />
      )}
      {fields.length === 0 ? (
        <Empty description={manual ? t('services.none') : t('services.pickFirst')} />
      ) : (
        fields.map((f, index) => (
          <ServiceCard
            key={f.id}
            index={index}
            suggestion={suggestions[index]}
            chartConflict={chartConflicts.find((c) => c.serviceIndex === index)}
            chartRepeated={repeated.has(index)}
            onRemove={() => remove(index)}
            defaultOpen={manual && fields.length === 1}
          />
        ))
      )}
    </>
  );
}

/** Manual versions: add a service from one of the project's templates, or an empty one. */
function TemplatePicker({
  projectKey,
  history,
  onAdd,
}: {
  projectKey: string;
  history: ChartHistory | undefined;
  onAdd: (service: ServiceForm) => void;
}) {
  const t = useT(createMessages);
  const { control } = useWizardForm();
  const [type, services] = useWatch({ control, name: ['type', 'services'] });
  const templates = useQuery(projectQueries.serviceTemplates(projectKey));
  const knownPaths = useKnownImagePaths(projectKey, type === 'HelmChart');
  const taken = new Set(services.map((s) => s.serviceName));
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <Select
        aria-label={t('services.addTemplate')}
        placeholder={t('services.addTemplate.placeholder')}
        loading={templates.isPending}
        value={null}
        showSearch
        style={{ minWidth: 260 }}
        onChange={(name: string) => {
          const template = templates.data?.find((tpl) => tpl.serviceName === name);
          if (template) onAdd(serviceFromTemplate(template, type, history, services, knownPaths));
        }}
        options={(templates.data ?? []).map((tpl) => ({
          value: tpl.serviceName,
          label: tpl.serviceName,
          disabled: taken.has(tpl.serviceName),
        }))}
      />
      <Button icon={<PlusOutlined />} onClick={() => onAdd(emptyService())}>
        {t('services.addManual')}
      </Button>
    </Space>
  );
}
