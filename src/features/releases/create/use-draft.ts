/**
 * Saves the wizard's draft as the user types (debounced, flushed when leaving) and offers a stored draft
 * back: while the offer is open nothing is saved, so the stored draft is not overwritten.
 */
import { useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { clearDraft, loadDraft, saveDraft, type Draft } from './draft-storage';
import type { WizardForm, WizardStep } from './form-model';

const SAVE_DELAY_MS = 400;

export function useDraft(projectKey: string, form: UseFormReturn<WizardForm>, step: WizardStep) {
  const [offer, setOffer] = useState<Draft | null>(() => loadDraft(projectKey));
  const stepRef = useRef(step);
  const changed = useRef(false);
  const stopped = useRef(false);
  const { watch, getValues } = form;

  useEffect(() => {
    if (offer) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      timer = undefined;
      if (stopped.current || !changed.current) return;
      saveDraft(projectKey, { savedAt: Date.now(), step: stepRef.current, values: getValues() });
    };
    const subscription = watch(() => {
      changed.current = true;
      clearTimeout(timer);
      timer = setTimeout(save, SAVE_DELAY_MS);
    });
    return () => {
      subscription.unsubscribe();
      if (timer !== undefined) {
        clearTimeout(timer);
        save();
      }
    };
  }, [offer, projectKey, watch, getValues]);

  // The step is part of the draft: moving on saves it too.
  useEffect(() => {
    stepRef.current = step;
    if (!offer && changed.current && !stopped.current) {
      saveDraft(projectKey, { savedAt: Date.now(), step, values: getValues() });
    }
  }, [step, offer, projectKey, getValues]);

  return {
    offer,
    /** Puts the draft's values back; the caller moves to `draft.step`. */
    resume(): Draft | null {
      if (!offer) return null;
      form.reset(offer.values);
      changed.current = true;
      setOffer(null);
      return offer;
    },
    discard() {
      clearDraft(projectKey);
      setOffer(null);
    },
    /** After a successful create: forget the draft for good. */
    finish() {
      stopped.current = true;
      clearDraft(projectKey);
    },
  };
}
