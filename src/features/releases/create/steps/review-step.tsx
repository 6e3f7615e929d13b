/** Step 4: summary, each service as stored with its diff, the exact request JSON, and Create. */
import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Collapse, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { Registry } from '../../../../api/model';
import { useT } from '../../../../i18n/i18n';
import { includedServices, type WizardForm } from '../form-model';
import { createMessages } from '../messages';
import type { CreateRequest, RequestIssue } from '../to-create-request';
import type { RequestSize } from '../request-size';
import type { TargetSafety } from '../use-target-safety';
import type { HistoryScope } from '../wizard-queries';
import { HistoryNote } from './history-note';
import { OverwriteWarning } from './overwrite-warning';
import { ReviewSummary } from './review-summary';
import { ServiceReview } from './service-review';
import { SizeMeter } from './size-meter';

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
