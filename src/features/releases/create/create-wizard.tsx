/**
 * The wizard: one react-hook-form for all steps (so Back never loses input), provided to the steps with
 * `FormProvider`; the step in the URL, the draft saved as the user types, and Create sent once.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { Card, Form, Typography } from 'antd';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { FormProvider, useForm, useWatch, type FieldPath, type Resolver } from 'react-hook-form';
import { useSearchParams } from 'react-router';
import type { Project, Registry, ReleaseSummary } from '../../../api/model';
import { useT } from '../../../i18n/i18n';
import { CreatedNote, DraftBanner } from './draft-banner';
import { forgetCreated, loadDraft, readCreated, tabId, type CreatedHere, type Draft } from './draft-storage';
import { isWizardStep, useWizardForm, WIZARD_STEPS, type WizardForm } from './form-model';
import type { ChartHistory, RegistrySuggestion } from './history';
import { createMessages } from './messages';
import { requestSize } from './request-size';
import { computeGates, stepOfPath, useYamlRecheck } from './step-gates';
import { checkCreateRequest, toCreateRequest } from './to-create-request';
import { isOutage } from '../../../api/outage';
import { useDraft } from './use-draft';
import { useNameCheck } from './use-name-check';
import { useServiceLoader } from './use-service-loader';
import { StepNotReachable, useStepInUrl } from './use-step-in-url';
import { useTargetSafety } from './use-target-safety';
import { useWizardSubmit, useCreateRelease } from './use-wizard-submit';
import { StepsBar, WizardFooter, CreateButton, CreateOutcome, WizardStepBody } from './wizard-nav';
import { type HistoryScope, useHistoryRecheck } from './wizard-queries';
import { wizardSchema, type WizardContext, type WizardIssue } from './wizard-schema';

export interface WizardScopes {
  /** The project's versions the server had read when the wizard opened (what a name is checked against). */
  names: HistoryScope;
  /** The versions whose Helm versions suggest chart versions. */
  charts: HistoryScope;
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
  /** Chart versions earlier Helm versions pushed (`chartKey`) → the version that pushed each. */
  usedCharts: ReadonlyMap<string, string>;
  /** How much of the project's history the name check and the overwrite check looked at. */
  scopes: WizardScopes;
  /** The registry the project's Helm versions used last (preselected for Helm). */
  registryHint: RegistrySuggestion | null;
  labelOptions: readonly string[];
  chartRepoOptions: readonly string[];
  initial: WizardForm;
}

export function CreateWizard(props: CreateWizardProps) {
  const { projectKey, registries, initial } = props;
  const [search] = useSearchParams();
  // The URL names a step: the user was in the middle of this wizard (a reload, Back into it). This tab's
  // draft is what they were editing, so it opens as it was instead of being offered back.
  const [restored] = useState(() =>
    isWizardStep(search.get('step')) ? loadDraft(projectKey, tabId()) : null,
  );
  // No draft there: Back from the version this tab just created. Said, instead of an empty form
  // that cannot open the step asked for.
  const [created] = useState(() =>
    isWizardStep(search.get('step')) && !restored ? readCreated(projectKey) : null,
  );
  useEffect(() => forgetCreated(projectKey), [projectKey]);
  const [refusedNames, setRefusedNames] = useState<readonly string[]>([]);
  const create = useCreateRelease(projectKey);
  // The form validates with the context of the last render: the names known taken change as checks
  // answer, after the form exists.
  const validateRef = useRef<Resolver<WizardForm>>(
    zodResolver(wizardSchema({ takenNames: new Set(), registries, projectKey })),
  );
  const resolver = useCallback<Resolver<WizardForm>>(
    (values, context, options) => validateRef.current(values, context, options),
    [],
  );
  const form = useForm<WizardForm>({
    defaultValues: restored?.values ?? initial,
    resolver,
    mode: 'onChange',
  });
  const typed = useWatch({ control: form.control, name: 'name' });
  const check = useNameCheck(projectKey, typed);
  // The name being created (or just created, or maybe created: its answer was lost) is this wizard's
  // own, not a taken one: a read of the versions that lands meanwhile must not send the user back to
  // Basics to rename, and so create the version twice.
  const own = create.isPending || create.isSuccess || (create.isError && isOutage(create.error));
  const creating = own ? create.variables?.body.version_name : undefined;
  const ctx = useMemo(
    () => ({
      takenNames: new Set([check.taken ?? '', ...refusedNames].filter((name) => name && name !== creating)),
      registries,
      projectKey,
      charts: props.history,
    }),
    [check.taken, refusedNames, registries, projectKey, creating, props.history],
  );
  useLayoutEffect(() => {
    validateRef.current = zodResolver(wizardSchema(ctx));
  }, [ctx]);
  // A check that answers after the user stopped typing: the name's message follows it.
  const { getFieldState, trigger } = form;
  useEffect(() => {
    const { isDirty, isTouched } = getFieldState('name');
    if (isDirty || isTouched) void trigger('name');
  }, [ctx, getFieldState, trigger]);
  const scopes = useMemo(
    () => ({ ...props.scopes, names: check.scope ?? props.scopes.names }),
    [props.scopes, check.scope],
  );
  return (
    <FormProvider {...form}>
      <WizardSteps
        {...props}
        scopes={scopes}
        ctx={ctx}
        create={create}
        restored={restored}
        created={created}
        onNameRefused={(name) => setRefusedNames((prev) => [...prev, name])}
      />
    </FormProvider>
  );
}

interface WizardStepsProps extends CreateWizardProps {
  ctx: WizardContext;
  create: ReturnType<typeof useCreateRelease>;
  restored: Draft | null;
  created: CreatedHere | null;
  onNameRefused: (name: string) => void;
}

function WizardSteps(props: WizardStepsProps) {
  const { projectKey, registries, history, pushed, usedCharts, ctx, create } = props;
  const t = useT(createMessages);
  const form = useWizardForm();
  const values = useWatch({ control: form.control }) as WizardForm;
  const checked = useYamlRecheck();
  // `checked` changes when a large YAML's check arrives: the gates read it.
  const gates = useMemo(() => computeGates(values, ctx, checked), [values, ctx, checked]);
  const readings = useMemo(() => ({ pushed, charts: usedCharts }), [pushed, usedCharts]);
  const safety = useTargetSafety(values, registries, readings, history);
  const { step, goTo, unreachable, heading } = useStepInUrl(gates);
  const recheck = useHistoryRecheck(projectKey, readings, step === 'review');
  const draft = useDraft(projectKey, step, props.restored);
  const loader = useServiceLoader({ projectKey, registries, history });
  const mapping = useMemo(() => ({ projectKey, registries }), [projectKey, registries]);
  const request = useMemo(() => toCreateRequest(values, mapping), [values, mapping]);
  const wireIssues = useMemo(() => checkCreateRequest(request), [request]);
  const size = useMemo(() => requestSize(values, mapping), [values, mapping]);
  const blocked = Boolean(gates.firstBlocked) || wireIssues.length > 0 || !safety.confirmed;
  const { onNameRefused } = props;
  const { submit, checking } = useWizardSubmit({
    ...{ projectKey, create, request, blocked, draft, goTo, onNameRefused, recheck, safety },
  });

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
  const outcome = (
    <CreateOutcome
      create={create}
      size={size}
      services={values.services}
      onShowService={(index) => goTo('services', `services.${index}.yaml`)}
      onSubmit={submit}
    />
  );

  return (
    <>
      <DraftBanner draft={draft} onResumed={(resumed) => goTo(resumed.step)} />
      {props.created && <CreatedNote projectKey={projectKey} created={props.created} />}
      {!props.created && unreachable && <StepNotReachable asked={unreachable} shown={step} />}
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
          <WizardStepBody
            {...props}
            {...{ step, values, loader, request, wireIssues, size, safety, outcome }}
          />
        </Form>
        <WizardFooter
          step={step}
          gates={gates}
          onGo={goTo}
          onShowProblem={showProblem}
          finish={<CreateButton create={create} blocked={blocked} checking={checking} onSubmit={submit} />}
        />
      </Card>
    </>
  );
}
