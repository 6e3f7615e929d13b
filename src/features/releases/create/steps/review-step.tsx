/** Step 4: summary, each service as stored with its diff, the exact request JSON, and Create. */
import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Collapse, Space, Tag, Typography, Descriptions } from 'antd';
import type { ReactNode } from 'react';
import type { Registry } from '../../../../api/model';
import { useT } from '../../../../i18n/i18n';
import { includedServices, type WizardForm } from '../form-model';
import { createMessages } from '../messages';
import { type CreateRequest, type RequestIssue, registryLabel } from '../to-create-request';
import type { RequestSize } from '../request-size';
import type { TargetSafety } from '../use-target-safety';
import type { HistoryScope } from '../wizard-queries';
import { HistoryNote } from './history-note';
import { OverwriteWarning } from './overwrite-warning';
import { ServiceReview } from './service-review';
import { SizeMeter } from './size-meter';
import { sourceImagesOrigin, yamlOrigin } from '../server-decided';

interface ReviewStepProps {
  values: WizardForm;
  registries: readonly Registry[];
  request: CreateRequest;
  wireIssues: readonly RequestIssue[];
  size: RequestSize;
  safety: TargetSafety;
  /** How much of the history the overwrite check looked at. */
  overwriteScope: HistoryScope;
  /** The outcome of the last attempt to create (an error), if any. */
  outcome: ReactNode;
}

export function ReviewStep(props: ReviewStepProps) {
  const { values, registries, request, wireIssues, outcome } = props;
  const t = useT(createMessages);
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0, fontSize: 16 }}>
        {t('review.summary')}
      </Typography.Title>
      <ReviewSummary values={values} registries={registries} />
      <ServicesReview values={values} registries={registries} />
      <RequestJson request={request} />
      <SizeMeter size={props.size} />
      <OverwriteWarning safety={props.safety} />
      <HistoryNote scope={props.overwriteScope} check="overwrites" />
      {wireIssues.length > 0 && <WireProblems issues={wireIssues} />}
      {outcome}
    </>
  );
}

function ServicesReview({ values, registries }: { values: WizardForm; registries: readonly Registry[] }) {
  const t = useT(createMessages);
  const services = includedServices(values);
  return (
    <Collapse
      destroyOnHidden
      style={{ marginBottom: 24 }}
      items={services.map(({ service, index }) => ({
        key: String(index),
        label: (
          <Space>
            <Typography.Text strong>{service.serviceName}</Typography.Text>
            {values.type === 'HelmChart' && <Tag>{service.chartVersion}</Tag>}
            <Typography.Text type="secondary">
              {t('services.images', { count: service.images.length })}
            </Typography.Text>
          </Space>
        ),
        children: <ServiceReview form={values} service={service} registries={registries} />,
      }))}
    />
  );
}

/** The exact request JSON, with a copy button. */
function RequestJson({ request }: { request: CreateRequest }) {
  const t = useT(createMessages);
  const { message } = App.useApp();
  const json = JSON.stringify(request.body, null, 2);
  const endpoint = `POST /openapi/delivery/releases/${request.type === 'HelmChart' ? 'helm' : 'k8s'}`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(json);
      void message.success(t('review.copied'));
    } catch {
      void message.error(t('review.copyFailed'));
    }
  };
  return (
    <Collapse
      style={{ marginBottom: 24 }}
      items={[
        {
          key: 'json',
          label: `${t('review.request')} · ${t('review.requestHint', { endpoint })}`,
          // The copy button sits in the panel, not the header: a button inside the header's own
          // button role would be a nested control that screen readers cannot reach.
          children: (
            <>
              <Button
                size="small"
                icon={<CopyOutlined />}
                onClick={() => void copy()}
                style={{ float: 'right' }}
              >
                {t('review.copy')}
              </Button>
              <pre
                aria-label={t('review.request')}
                tabIndex={0}
                style={{ maxHeight: 480, overflow: 'auto', margin: 0, fontSize: 12, whiteSpace: 'pre' }}
              >
                {json}
              </pre>
            </>
          ),
        },
      ]}
    />
  );
}

/** What the request breaks of the wire rules (a defect of the wizard if ever shown). */
function WireProblems({ issues }: { issues: readonly RequestIssue[] }) {
  const t = useT(createMessages);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      title={t('review.wireProblems')}
      description={
        <ul style={{ margin: 0 }}>
          {issues.map((i) => (
            <li key={`${i.path}:${i.message}`}>
              <code>{i.path || '(root)'}</code> {i.message}
            </li>
          ))}
        </ul>
      }
    />
  );
}

/** Name, type, source, registry, where YAML and images come from, counts. */
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
