/** The step being shown, with what each step needs; and Create with the outcome of the last attempt. */
import { Button } from 'antd';
import type { ReactNode } from 'react';
import { isApiError } from '../../../api/errors';
import { ErrorView } from '../../../components/api-error';
import { useT } from '../../../i18n/i18n';
import type { WizardForm, WizardStep } from './form-model';
import { createMessages } from './messages';
import type { RequestSize } from './request-size';
import { BasicsStep } from './steps/basics-step';
import { ImagesStep } from './steps/images-step';
import { ReviewStep } from './steps/review-step';
import { ServicesStep } from './steps/services-step';
import type { CreateRequest, RequestIssue } from './to-create-request';
import { isOutage } from '../../../api/outage';
import type { useServiceLoader } from './use-service-loader';
import type { TargetSafety } from './use-target-safety';
import type { CreateWizardProps } from './create-wizard';
import { TooLargeAlert } from './steps/size-meter';
import type { useCreateRelease } from './use-wizard-submit';

export interface StepBodyProps extends CreateWizardProps {
  step: WizardStep;
  values: WizardForm;
  loader: ReturnType<typeof useServiceLoader>;
  request: CreateRequest;
  wireIssues: readonly RequestIssue[];
  size: RequestSize;
  safety: TargetSafety;
  outcome: ReactNode;
}

export function WizardStepBody(props: StepBodyProps) {
  const { step, projectKey, registries, versions, history, pushed, scopes } = props;
  switch (step) {
    case 'basics':
      return (
        <BasicsStep
          projectKey={projectKey}
          deployType={props.project?.deployType ?? ''}
          versions={versions}
          nameScope={scopes.names}
          labelOptions={props.labelOptions}
          loader={props.loader}
        />
      );
    case 'services':
      return (
        <ServicesStep
          projectKey={projectKey}
          history={history}
          historyScope={scopes.charts}
          chartConflicts={props.safety.charts}
          loadState={props.loader.state}
          size={props.size}
        />
      );
    case 'images':
      return (
        <ImagesStep
          registries={registries}
          chartRepoOptions={props.chartRepoOptions}
          registryHint={props.registryHint}
          pushed={pushed}
        />
      );
    case 'review':
      return (
        <ReviewStep
          values={props.values}
          registries={registries}
          request={props.request}
          wireIssues={props.wireIssues}
          size={props.size}
          safety={props.safety}
          overwriteScope={scopes.overwrites}
          outcome={props.outcome}
        />
      );
  }
}

interface CreateProps {
  create: ReturnType<typeof useCreateRelease>;
  size: RequestSize;
  services: WizardForm['services'];
  onShowService: (index: number) => void;
  onSubmit: () => void;
}

/** Why the last attempt failed: too large (with the largest services), or Zadig's answer. */
export function CreateOutcome({ create, size, services, onShowService, onSubmit }: CreateProps) {
  const t = useT(createMessages);
  const refused = create.isError && isApiError(create.error) ? create.error : null;
  if (refused?.status === 413)
    return <TooLargeAlert size={size} services={services} onShow={onShowService} />;
  if (create.isError && !refused?.isDuplicateName)
    return (
      <ErrorView
        variant="inline"
        error={create.error}
        title={t(isOutage(create.error) ? 'create.unsure' : 'create.failed')}
        onRetry={onSubmit}
      />
    );
  return null;
}

export function CreateButton(props: {
  create: ReturnType<typeof useCreateRelease>;
  blocked: boolean;
  /** The history is being read again before Create is sent. */
  checking: boolean;
  onSubmit: () => void;
}) {
  const t = useT(createMessages);
  const { create } = props;
  return (
    <Button
      type="primary"
      onClick={props.onSubmit}
      loading={create.isPending || props.checking}
      disabled={props.blocked || create.isSuccess}
    >
      {create.isSuccess
        ? t('create.locating')
        : create.isPending
          ? t('creating')
          : props.checking
            ? t('create.checking')
            : t('create')}
    </Button>
  );
}
