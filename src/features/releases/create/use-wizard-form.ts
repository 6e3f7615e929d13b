/**
 * The wizard's one react-hook-form, as its steps and rows read it: `CreateWizard` provides it with
 * `FormProvider`, so nothing passes `form` down as a prop.
 */
import { useFormContext, type UseFormReturn } from 'react-hook-form';
import type { WizardForm } from './form-model';

export function useWizardForm(): UseFormReturn<WizardForm> {
  return useFormContext<WizardForm>();
}
