/**
 * Where the focus goes in the wizard: a fresh form starts in its first field (one focus ring, where
 * typing goes); a step opened later focuses the field to fix, or else its heading, so keyboard and
 * screen-reader users land in the new step.
 */
import { useEffect, useRef } from 'react';
import type { FieldPath } from 'react-hook-form';
import type { WizardForm, WizardStep } from './form-model';
import { useWizardForm } from './use-wizard-form';

export function useStepFocus(step: WizardStep, takeFocusField: () => FieldPath<WizardForm> | null) {
  const form = useWizardForm();
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

  useEffect(() => {
    if (shownStep.current === 'basics' && !form.getValues('name')) {
      try {
        form.setFocus('name');
      } catch {
        // not rendered yet
      }
    }
  }, [form]);
  return heading;
}
