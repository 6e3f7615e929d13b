/**
 * Large YAML is checked in a worker: until it answers, its field says "checking" and the step waits.
 * When an answer arrives, the large YAML fields are validated again. Returns a number that changes with
 * each answer, for what is computed from the checks (the step gates).
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { FieldPath } from 'react-hook-form';
import {
  subscribeYamlAnalyses,
  SYNC_LIMIT,
  yamlAnalysesVersion,
} from '../../../components/yaml-editor/yaml-analysis-store';
import { useWizardForm, type WizardForm } from './form-model';

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
