/** Step 2: the services of the version, from the environment, the base version, or added by hand. */
import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueries } from '@tanstack/react-query';
import { Alert, Button, Empty, Select, Space, Spin, Typography } from 'antd';
import { useFieldArray, useWatch, type FieldPath } from 'react-hook-form';
import { ErrorView } from '../../../../components/api-error';
import { useT } from '../../../../i18n/i18n';
import { projectQueries } from '../../shared/project-queries';
import { emptyService, type ServiceForm, useWizardForm, type WizardForm } from '../form-model';
import { suggestChartVersions, type ChartHistory } from '../history';
import { createMessages } from '../messages';
import { serviceFromTemplate, knownImagePaths, type KnownImagePaths } from '../prefill';
import type { RequestSize } from '../request-size';
import type { LoadState } from '../use-service-loader';
import type { HistoryScope } from '../wizard-queries';
import { type ChartConflict, repeatedChartVersions } from '../chart-conflicts';
import { HistoryNote } from './history-note';
import { ServiceCard } from './service-card';
import { SizeMeter } from './size-meter';
import { useEffect, useRef } from 'react';

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

/**
 * Helm manual versions: the image paths the project's environments (up to MAX_ENVS, non-production
 * first) run each service with, so a service added from its template starts with them (Zadig 4.2+ take
 * the template's; older servers the request's).
 */
const MAX_ENVS = 3;

export function useKnownImagePaths(projectKey: string, enabled: boolean): KnownImagePaths {
  const envs = useQuery({ ...projectQueries.environments(projectKey), enabled });
  const names = [...(envs.data ?? [])]
    .sort((a, b) => Number(a.production) - Number(b.production))
    .slice(0, MAX_ENVS)
    .map((e) => e.name);
  const details = useQueries({
    queries: names.map((name) => ({ ...projectQueries.environment(projectKey, name), enabled })),
  });
  return knownImagePaths(details.map((d) => d.data));
}

/**
 * Chart versions given twice: the second service's field is marked at once, whichever of the two was
 * edited, and unmarked once it no longer is (react-hook-form validates again only the field edited).
 */
export function useRepeatedChartVersions(history: ChartHistory | undefined): ReadonlySet<number> {
  const form = useWizardForm();
  const [type, services] = useWatch({ control: form.control, name: ['type', 'services'] });
  const repeated = repeatedChartVersions({ type, services }, history);
  const signature = repeated.map((r) => `${r.serviceIndex}:${r.chartVersion}`).join('\n');
  const last = useRef('');
  useEffect(() => {
    if (signature === last.current) return;
    last.current = signature;
    const fields = form
      .getValues('services')
      .map((_, i) => `services.${i}.chartVersion` as FieldPath<WizardForm>);
    void form.trigger(fields);
  }, [signature, form]);
  return new Set(repeated.map((r) => r.serviceIndex));
}
