/**
 * The wizard: one react-hook-form for all steps (so Back never loses input), the step in the URL, the
 * draft saved as the user types, and Create sent once.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { App, Button, Card, Form, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch, type FieldPath } from 'react-hook-form';
import { useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../../../api/errors';
import type { Project, Registry, ReleaseSummary } from '../../../api/model';
import { ErrorView } from '../../../components/api-error';
import { useT } from '../../../i18n/i18n';
import { paths } from '../../../lib/paths';
import { DraftBanner } from './draft-banner';
import { loadDraft } from './draft-storage';
import { SERVER_PREFIX } from './field-container';
import { includedServices, isWizardStep, WIZARD_STEPS, type WizardForm } from './form-model';
import type { ChartHistory, RegistrySuggestion } from './history';
import { createMessages } from './messages';
import { requestSize } from './request-size';
import { fieldOfServerError } from './server-error-field';
import { computeGates, stepOfPath } from './step-gates';
import { BasicsStep } from './steps/basics-step';
import { ImagesStep } from './steps/images-step';
import { ReviewStep } from './steps/review-step';
import { ServicesStep } from './steps/services-step';
import { checkCreateRequest, toCreateRequest } from './to-create-request';
import { useCreateRelease } from './use-create-release';
import { useDraft } from './use-draft';
import { useServiceLoader } from './use-service-loader';
import { useTargetSafety } from './use-target-safety';
import { useYamlRecheck } from './use-yaml-recheck';
import { TooLargeAlert } from './steps/too-large-alert';
import { StepsBar, WizardFooter } from './wizard-nav';
import { StepNotReachable, useStepInUrl } from './use-step-in-url';
import type { HistoryScope } from './wizard-queries';
import { wizardSchema, type WizardIssue } from './wizard-schema';

export interface WizardScopes {
  /** The versions whose names were checked (and whose Helm versions suggest chart versions). */
  names: HistoryScope;
  /** The versions whose pushed images were checked. */
  overwrites: HistoryScope;
}

export interface CreateWizardProps {
  projectKey: string;
  project: Project | undefined;
  registries: readonly Registry[];
  versions: readonly ReleaseSummary[];
  history: ChartHistory | undefined;
  /** Target images earlier versions pushed → the version that pushed each. */
  pushed: ReadonlyMap<string, string>;
  /** How much of the project's history the name check and the overwrite check looked at. */
  scopes: WizardScopes;
  /** The registry the project's Helm versions used last (preselected for Helm). */
  registryHint: RegistrySuggestion | null;
  labelOptions: readonly string[];
  chartRepoOptions: readonly string[];
  initial: WizardForm;
}

export function CreateWizard(props: CreateWizardProps) {
  const { projectKey, project, registries, versions, history, initial, pushed } = props;
  const t = useT(createMessages);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  // The URL names a step: the user was in the middle of this wizard (a reload, Back into it). Their
  // draft is what they were editing, so it opens as it was instead of being offered back.
  const [restored] = useState(() => (isWizardStep(search.get('step')) ? loadDraft(projectKey) : null));
  const [refusedNames, setRefusedNames] = useState<readonly string[]>([]);
  const create = useCreateRelease(projectKey);
  // The name being created (or just created) is this wizard's own, not a taken one: a read of the
  // versions that lands meanwhile must not send the user back to Basics.
  const creating = create.isPending || create.isSuccess ? create.variables?.body.version_name : undefined;
  const ctx = useMemo(
    () => ({
      takenNames: new Set(
        [...versions.map((v) => v.name), ...refusedNames].filter((name) => name !== creating),
      ),
      registries,
      projectKey,
    }),
    [versions, refusedNames, registries, projectKey, creating],
  );
  const resolver = useMemo(() => zodResolver(wizardSchema(ctx)), [ctx]);
  const form = useForm<WizardForm>({
    defaultValues: restored?.values ?? initial,
    resolver,
    mode: 'onChange',
  });
  const values = useWatch({ control: form.control }) as WizardForm;
  const checked = useYamlRecheck(form);
  // `checked` changes when a large YAML's check arrives: the gates read it.
  const gates = useMemo(() => computeGates(values, ctx, checked), [values, ctx, checked]);
  const safety = useTargetSafety(form, values, registries, pushed);

  const { step, goTo, unreachable, takeFocusField } = useStepInUrl(gates);
  const heading = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(step);
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    const field = takeFocusField();
    if (field) {
      try {
        form.setFocus(field);
        return;
      } catch {
        // not focusable: the heading below
      }
    }
    heading.current?.focus();
  }, [step, form, takeFocusField]);

  // A fresh form starts in its first field (one focus ring, where typing goes); a step opened later
  // focuses its heading (above).
  useEffect(() => {
    if (shownStep.current === 'basics' && !form.getValues('name')) {
      try {
        form.setFocus('name');
      } catch {
        // not rendered yet
      }
    }
  }, [form]);

  const draft = useDraft(projectKey, form, step, restored);
  const loader = useServiceLoader({ projectKey, registries, history, form });
  const sending = useRef(false);
  const request = useMemo(
    () => toCreateRequest(values, { projectKey, registries }),
    [values, projectKey, registries],
  );
  const wireIssues = useMemo(() => checkCreateRequest(request), [request]);
  const size = useMemo(
    () => requestSize(values, { projectKey, registries }),
    [values, projectKey, registries],
  );

  const showProblem = (issue: WizardIssue) => {
    const name = issue.path.join('.') as FieldPath<WizardForm>;
    goTo(stepOfPath(issue.path), name);
    void form.trigger(name).then(() => {
      try {
        form.setFocus(name);
      } catch {
        // not a focusable field (e.g. a list): the message is shown on the step
      }
    });
  };

  const submit = () => {
    if (sending.current || create.isPending || create.isSuccess) return;
    if (gates.firstBlocked || wireIssues.length > 0 || !safety.confirmed) return;
    sending.current = true;
    create.mutate(request, {
      onSuccess: ({ name, found }) => {
        draft.finish();
        if (found) {
          void message.success(t('create.success', { name }));
          void navigate(paths.release(projectKey, found.id, new URLSearchParams({ name })));
        } else {
          void message.warning(t('create.notFound', { name }));
          void navigate(paths.releases(projectKey));
        }
      },
      onError: (error) => {
        sending.current = false;
        if (isApiError(error) && error.isDuplicateName) {
          setRefusedNames((prev) => [...prev, request.body.version_name]);
          form.setError('name', { type: 'server', message: 'nameTaken' }, { shouldFocus: false });
          goTo('basics', 'name');
          return;
        }
        if (isApiError(error) && error.kind === 'bad-request') {
          const included = includedServices(values).map(({ index }) => index);
          const target = fieldOfServerError(error.description || error.message, included);
          if (target)
            form.setError(target.field, { type: 'server', message: `${SERVER_PREFIX}${target.message}` });
        }
      },
    });
  };

  const blockedToCreate = Boolean(gates.firstBlocked) || wireIssues.length > 0 || !safety.confirmed;
  const refused = create.isError && isApiError(create.error) ? create.error : null;
  const outcome =
    refused?.status === 413 ? (
      <TooLargeAlert
        size={size}
        services={values.services}
        onShow={(index) => goTo('services', `services.${index}.yaml`)}
      />
    ) : create.isError && !refused?.isDuplicateName ? (
      <ErrorView variant="inline" error={create.error} title={t('create.failed')} onRetry={submit} />
    ) : null;
  const createButton = (
    <Button
      type="primary"
      onClick={submit}
      loading={create.isPending}
      disabled={blockedToCreate || create.isSuccess}
    >
      {create.isSuccess ? t('create.locating') : create.isPending ? t('creating') : t('create')}
    </Button>
  );

  return (
    <>
      <DraftBanner draft={draft} onResumed={(resumed) => goTo(resumed.step)} />
      {unreachable && <StepNotReachable asked={unreachable} shown={step} />}
      <StepsBar step={step} gates={gates} edited={form.formState.isDirty} onGo={goTo} />
      <Card role="region" aria-label={t(`step.${step}`)}>
        {/* Focused when the step changes, so keyboard and screen-reader users land in the new step. */}
        <Typography.Title level={2} ref={heading} tabIndex={-1} style={{ marginTop: 0, fontSize: 18 }}>
          {t('step.heading', {
            n: WIZARD_STEPS.indexOf(step) + 1,
            total: WIZARD_STEPS.length,
            title: t(`step.${step}`),
          })}
        </Typography.Title>
        <Form layout="vertical" component="div" requiredMark>
          {step === 'basics' && (
            <BasicsStep
              form={form}
              projectKey={projectKey}
              deployType={project?.deployType ?? ''}
              versions={versions}
              nameScope={props.scopes.names}
              labelOptions={props.labelOptions}
              loader={loader}
            />
          )}
          {step === 'services' && (
            <ServicesStep
              form={form}
              projectKey={projectKey}
              history={history}
              historyScope={props.scopes.names}
              loadState={loader.state}
              size={size}
            />
          )}
          {step === 'images' && (
            <ImagesStep
              form={form}
              registries={registries}
              chartRepoOptions={props.chartRepoOptions}
              registryHint={props.registryHint}
              pushed={pushed}
            />
          )}
          {step === 'review' && (
            <ReviewStep
              values={values}
              registries={registries}
              request={request}
              wireIssues={wireIssues}
              size={size}
              safety={safety}
              overwriteScope={props.scopes.overwrites}
              outcome={outcome}
            />
          )}
        </Form>
        <WizardFooter
          step={step}
          gates={gates}
          onGo={goTo}
          onShowProblem={showProblem}
          finish={createButton}
        />
      </Card>
    </>
  );
}
