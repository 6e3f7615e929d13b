/**
 * Chart versions given twice in the form: the second service's field is marked as soon as it happens,
 * whichever of the two was edited, and unmarked once it no longer is (react-hook-form validates again
 * only the field edited). Returns the indexes of the services whose chart version repeats another's.
 */
import { useEffect, useRef } from 'react';
import { useWatch, type FieldPath } from 'react-hook-form';
import { repeatedChartVersions } from './chart-conflicts';
import { useWizardForm, type WizardForm } from './form-model';
import type { ChartHistory } from './history';

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
