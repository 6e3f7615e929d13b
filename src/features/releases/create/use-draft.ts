/**
 * The wizard's draft: one per project and tab, saved as the user types (debounced, and at once when the
 * page is hidden or left, so a reload keeps the last keystroke).
 *
 * The newest stored draft of the project is offered back (Resume / Discard). The fresh form below the
 * offer is live: the first change to it starts this tab's new draft. That replaces an offered draft of
 * this tab's, as the offer says beforehand, and the replaced draft is kept for this page so it can still
 * be brought back; another tab's draft stays stored. Nothing is dropped unannounced.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import {
  clearDraft,
  loadDraft,
  rememberCreated,
  saveDraft,
  tabId,
  tooLargeForDraft,
  type CreatedHere,
  type Draft,
} from './draft-storage';
import { useWizardForm, type WizardForm, type WizardStep } from './form-model';

const SAVE_DELAY_MS = 400;

export interface DraftControl {
  /** A stored draft offered back, until resumed, discarded or replaced by typing. */
  offer: Draft | null;
  /** The offered draft is another tab's: typing here keeps it (this tab's draft is a new one). */
  offerIsOthers: boolean;
  /** The stored draft the user replaced by typing in the fresh form (can still be brought back). */
  replaced: Draft | null;
  /** Puts the offered (or replaced) draft's values back; the caller moves to `draft.step`. */
  resume(): Draft | null;
  discard(): void;
  /** Hides the "replaced" note; the replaced draft is then gone. */
  dismissReplaced(): void;
  /** After a successful create: forget the draft for good, and remember what was created. */
  finish(created: CreatedHere): void;
  /** Why the latest values could not be kept (too large for the browser's storage, or storage refused). */
  notKept: 'tooLarge' | 'storage' | null;
}

/**
 * `restored`: the draft the form was opened with (a reload in the middle of the wizard), which is then
 * the draft being edited rather than one offered back.
 */
export function useDraft(projectKey: string, step: WizardStep, restored: Draft | null = null): DraftControl {
  const form = useWizardForm();
  const [tab] = useState(tabId);
  const [offer, setOffer] = useState<Draft | null>(() => (restored ? null : loadDraft(projectKey)));
  const [replaced, setReplaced] = useState<Draft | null>(null);
  const [notKept, setNotKept] = useState<DraftControl['notKept']>(null);
  const offerRef = useRef(offer);
  const changed = useRef(restored !== null);
  const stopped = useRef(false);
  const onTyping = useCallback(() => {
    const stored = offerRef.current;
    if (!stored) return;
    // Typing beside the offer: the fresh form becomes this tab's draft (replacing the offer if it is
    // this tab's own).
    offerRef.current = null;
    setOffer(null);
    if (stored.tab === tab) setReplaced(stored);
  }, [tab]);
  useAutosave({ projectKey, tab, step, offerRef, changed, stopped, onTyping, setNotKept });

  return {
    offer,
    offerIsOthers: offer !== null && offer.tab !== tab,
    replaced,
    notKept,
    resume() {
      const draft = offer ?? replaced;
      if (!draft) return null;
      offerRef.current = null;
      setOffer(null);
      setReplaced(null);
      form.reset(draft.values);
      changed.current = true;
      // Taken over from another tab: it is this tab's draft now, stored once.
      saveDraft(projectKey, { ...draft, tab, savedAt: Date.now() });
      if (draft.tab !== tab) clearDraft(projectKey, draft.tab);
      return draft;
    },
    discard() {
      if (offer) clearDraft(projectKey, offer.tab);
      offerRef.current = null;
      setOffer(null);
    },
    dismissReplaced() {
      setReplaced(null);
    },
    finish(created) {
      stopped.current = true;
      clearDraft(projectKey, tab);
      rememberCreated(projectKey, created);
    },
  };
}

interface AutosaveOptions {
  projectKey: string;
  tab: string;
  step: WizardStep;
  /** The draft on offer: nothing is saved while one is (typing replaces it first). */
  offerRef: RefObject<Draft | null>;
  /** The form was changed since it opened (a fresh, untouched form is not a draft). */
  changed: RefObject<boolean>;
  /** The draft is finished: nothing more is saved. */
  stopped: RefObject<boolean>;
  onTyping: () => void;
  setNotKept: (why: DraftControl['notKept']) => void;
}

/** Saves the form as the user types (debounced; at once when the page is hidden or left, or the step changes). */
function useAutosave({
  projectKey,
  tab,
  step,
  offerRef,
  changed,
  stopped,
  onTyping,
  setNotKept,
}: AutosaveOptions) {
  const { watch, getValues } = useWizardForm();
  const stepRef = useRef(step);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      clearTimeout(timer);
      timer = undefined;
      if (stopped.current || !changed.current || offerRef.current) return;
      setNotKept(keep(projectKey, tab, stepRef.current, getValues()));
    };
    const subscription = watch(() => {
      changed.current = true;
      onTyping();
      clearTimeout(timer);
      timer = setTimeout(save, SAVE_DELAY_MS);
    });
    const saveNow = () => {
      if (timer !== undefined) save();
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') saveNow();
    };
    window.addEventListener('pagehide', saveNow);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('pagehide', saveNow);
      document.removeEventListener('visibilitychange', onHidden);
      saveNow();
    };
  }, [projectKey, tab, watch, getValues, offerRef, changed, stopped, onTyping, setNotKept]);

  // The step is part of the draft: moving on saves it too.
  useEffect(() => {
    stepRef.current = step;
    if (!offerRef.current && changed.current && !stopped.current) {
      setNotKept(keep(projectKey, tab, step, getValues()));
    }
  }, [step, projectKey, tab, getValues, offerRef, changed, stopped, setNotKept]);
}

/** Stores the draft; says why it could not be kept, or null. */
function keep(
  projectKey: string,
  tab: string,
  step: WizardStep,
  values: WizardForm,
): DraftControl['notKept'] {
  if (tooLargeForDraft(values)) return 'tooLarge';
  return saveDraft(projectKey, { savedAt: Date.now(), step, values, tab }) ? null : 'storage';
}
