/**
 * Each step's gate, in one place: which problems keep the user on a step, and the first step that is
 * not ready. The disabled Next button shows the gate's reason.
 */
import { WIZARD_STEPS, type WizardForm, type WizardStep, useWizardForm } from './form-model';
import { wizardIssues, type WizardContext, type WizardIssue } from './wizard-schema';
import { useEffect, useSyncExternalStore } from 'react';
import type { FieldPath } from 'react-hook-form';
import {
  subscribeYamlAnalyses,
  SYNC_LIMIT,
  yamlAnalysesVersion,
} from '../../../components/yaml-editor/yaml-analysis-store';

const BASICS_FIELDS = new Set(['type', 'name', 'source', 'envName', 'baseName', 'description', 'labels']);
const SERVICE_FIELDS = new Set(['serviceName', 'yaml', 'chartVersion', 'originalChartVersion']);

/** The step where the field at `path` is edited. */
export function stepOfPath(path: ReadonlyArray<string | number>): WizardStep {
  const [head, , field] = path;
  if (typeof head === 'string' && BASICS_FIELDS.has(head)) return 'basics';
  if (
    head === 'services' &&
    (path.length === 1 || (typeof field === 'string' && SERVICE_FIELDS.has(field)))
  ) {
    return 'services';
  }
  if (head === 'services' || head === 'registryId' || head === 'chartRepo') return 'images';
  return 'review';
}

export interface Gates {
  /** The first problem per step (absent when the step is ready). */
  blocking: Partial<Record<WizardStep, WizardIssue>>;
  counts: Record<WizardStep, number>;
  /** The first step with a problem, or null when the request may be sent. */
  firstBlocked: WizardStep | null;
}

/** `_checks` is not read: it changes when a large YAML's check arrives, so that callers compute again. */
export function computeGates(value: WizardForm, ctx: WizardContext, _checks?: number): Gates {
  const blocking: Gates['blocking'] = {};
  const counts: Gates['counts'] = { basics: 0, services: 0, images: 0, review: 0 };
  for (const issue of wizardIssues(value, ctx)) {
    const step = stepOfPath(issue.path);
    counts[step]++;
    blocking[step] ??= issue;
  }
  const firstBlocked = WIZARD_STEPS.find((s) => blocking[s]) ?? null;
  return { blocking, counts, firstBlocked };
}

/**
 * The step to show for the one asked in the URL: a later step is only reachable when every step
 * before it is ready.
 */
export function reachableStep(requested: WizardStep, gates: Gates): WizardStep {
  const want = WIZARD_STEPS.indexOf(requested);
  for (let i = 0; i < want; i++) {
    const step = WIZARD_STEPS[i]!;
    if (gates.blocking[step]) return step;
  }
  return requested;
}

export function nextStep(step: WizardStep): WizardStep | null {
  return WIZARD_STEPS[WIZARD_STEPS.indexOf(step) + 1] ?? null;
}

export function previousStep(step: WizardStep): WizardStep | null {
  return WIZARD_STEPS[WIZARD_STEPS.indexOf(step) - 1] ?? null;
}

/**
 * Large YAML is checked in a worker: until it answers, its field says "checking" and the step waits.
 * Each answer validates the large YAML fields again; the number returned changes with it (for the gates).
 */
export function useYamlRecheck(): number {
  const form = useWizardForm();
  const version = useSyncExternalStore(subscribeYamlAnalyses, yamlAnalysesVersion);
  useEffect(() => {
    if (version === 0) return;
    const fields = form
      .getValues('services')
      .flatMap((s, i) => (s.yaml.length > SYNC_LIMIT ? [`services.${i}.yaml` as FieldPath<WizardForm>] : []));
    if (fields.length > 0) void form.trigger(fields);
  }, [version, form]);
  return version;
}
