/**
 * The wizard's frame: the steps bar, the step being shown, and the Back / Next footer (a disabled Next says
 * why and can point at the problem); on the last step Create, with the outcome of the last attempt.
 */
import { Button, Space, Steps, Typography } from 'antd';
import type { ReactNode } from 'react';
import { commonMessages } from '../../../i18n/common';
import { useT } from '../../../i18n/i18n';
import { WIZARD_STEPS, type WizardStep, type WizardForm } from './form-model';
import { createMessages } from './messages';
import { nextStep, previousStep, type Gates } from './step-gates';
import type { WizardIssue } from './wizard-schema';
import { isApiError } from '../../../api/errors';
import { ErrorView } from '../../../components/api-error';
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

export function useIssueReason() {
  const t = useT(createMessages);
  const tc = useT(commonMessages);
  return (issue: WizardIssue): string => {
    const text = t(`issue.${issue.key}`, { ...issue.params });
    const { service, container } = issue.params;
    const isImage = issue.path.includes('images');
    if (service && container && isImage)
      return tc('pair', { label: t('where.image', { service, container }), value: text });
    if (service) return tc('pair', { label: t('where.service', { service }), value: text });
    return text;
  };
}

interface StepsBarProps {
  step: WizardStep;
  gates: Gates;
  /** The user has changed something: the current step's problems are counted from then on. */
  edited: boolean;
  onGo: (step: WizardStep) => void;
}

export function StepsBar({ step, gates, edited, onGo }: StepsBarProps) {
  const t = useT(createMessages);
  const current = WIZARD_STEPS.indexOf(step);
  const reachable = gates.firstBlocked ? WIZARD_STEPS.indexOf(gates.firstBlocked) : WIZARD_STEPS.length - 1;
  return (
    <nav aria-label={t('stepsLabel')}>
      <Steps
        current={current}
        onChange={(i) => {
          const target = WIZARD_STEPS[i];
          if (target && i <= reachable) onGo(target);
        }}
        style={{ marginBottom: 24 }}
        items={WIZARD_STEPS.map((s, i) => ({
          title: t(`step.${s}`),
          disabled: i > reachable,
          status:
            i === current
              ? 'process'
              : i < current && gates.blocking[s]
                ? 'error'
                : i < current
                  ? 'finish'
                  : 'wait',
          content:
            (i < current || (i === current && edited)) && gates.counts[s] > 0
              ? t('step.problems', { count: gates.counts[s] })
              : undefined,
        }))}
      />
    </nav>
  );
}

interface FooterProps {
  step: WizardStep;
  gates: Gates;
  onGo: (step: WizardStep) => void;
  /** Shows the field of the blocking problem. */
  onShowProblem: (issue: WizardIssue) => void;
  /** Shown instead of Next on the last step (Create). */
  finish?: ReactNode;
}

export function WizardFooter({ step, gates, onGo, onShowProblem, finish }: FooterProps) {
  const t = useT(createMessages);
  const reason = useIssueReason();
  const back = previousStep(step);
  const next = nextStep(step);
  const blocking = gates.blocking[step];
  return (
    <div style={{ display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap', marginTop: 24 }}>
      {back && <Button onClick={() => onGo(back)}>{t('back')}</Button>}
      {!next && finish}
      {next && (
        <Space wrap>
          <Button
            type="primary"
            disabled={Boolean(blocking)}
            aria-describedby={blocking ? 'next-blocked' : undefined}
            onClick={() => onGo(next)}
          >
            {t('next')}
          </Button>
          {blocking && (
            <Typography.Link id="next-blocked" type="warning" onClick={() => onShowProblem(blocking)}>
              {t('nextBlocked', { reason: reason(blocking) })}
            </Typography.Link>
          )}
        </Space>
      )}
    </div>
  );
}

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

/** The step being shown, with what each step needs. */
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
