/**
 * The wizard's step lives in the URL, and only there: Next and Back push it, Back/Forward in the browser
 * move between steps, and a reload opens the step the URL names. A step that the form cannot open yet
 * (a step before it is not ready) is replaced in the URL by the furthest step that is, with a note.
 *
 * Where the focus goes: a fresh form starts in its first field (one focus ring, where typing goes); a
 * step opened later focuses the field to fix, or else its heading, so keyboard and screen-reader users
 * land in the new step.
 */
import { Alert } from 'antd';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { FieldPath } from 'react-hook-form';
import { useSearchParams } from 'react-router';
import { useT } from '../../../i18n/i18n';
import { isWizardStep, useWizardForm, type WizardForm, type WizardStep } from './form-model';
import { createMessages } from './messages';
import { reachableStep, type Gates } from './step-gates';

function withStep(step: WizardStep) {
  return (prev: URLSearchParams) => {
    const out = new URLSearchParams(prev);
    out.set('step', step);
    return out;
  };
}

export function useStepInUrl(gates: Gates) {
  const [search, setSearch] = useSearchParams();
  const param = search.get('step');
  const asked: WizardStep = isWizardStep(param) ? param : 'basics';
  const step = reachableStep(asked, gates);
  // What gets the focus once the step has changed: the new step's heading, or a field to fix.
  const focusAfterMoveRef = useRef<FieldPath<WizardForm> | null>(null);
  const [refused, setRefused] = useState<{ asked: WizardStep; shown: WizardStep } | null>(null);

  // The step change renders at once (flushSync), not as a router transition: while a transition is
  // pending the old step stays on screen and its Next (still pointing at the step being opened) would
  // swallow the user's next Enter or click.
  const goTo = (next: WizardStep, focus?: FieldPath<WizardForm>) => {
    if (next !== step) focusAfterMoveRef.current = focus ?? null;
    void setSearch(withStep(next), { flushSync: true });
  };

  // The URL names a step that cannot open: it is corrected to the step shown (one source of truth),
  // replacing the entry so that Back does not lead to it again.
  const correct = param !== null && asked !== step;
  if (correct && (refused?.asked !== asked || refused.shown !== step)) setRefused({ asked, shown: step });
  useEffect(() => {
    if (!correct) return;
    void setSearch(withStep(step), { replace: true });
  }, [correct, step, setSearch]);

  // The note stays while the user is on the step it explains.
  const unreachable = refused && refused.shown === step ? refused.asked : null;
  const heading = useStepFocus(step, focusAfterMoveRef);
  return { step, goTo, unreachable, heading };
}

function useStepFocus(step: WizardStep, focusAfterMoveRef: RefObject<FieldPath<WizardForm> | null>) {
  const form = useWizardForm();
  const heading = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(step);
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    const field = focusAfterMoveRef.current;
    focusAfterMoveRef.current = null;
    if (field) {
      try {
        form.setFocus(field);
        return;
      } catch {
        // not focusable: the heading below
      }
    }
    heading.current?.focus();
  }, [step, form, focusAfterMoveRef]);

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

/** Says that the step the address named could not open yet, and where the user is instead. */
export function StepNotReachable({ asked, shown }: { asked: WizardStep; shown: WizardStep }) {
  const t = useT(createMessages);
  return (
    <Alert
      type="info"
      showIcon
      role="status"
      style={{ marginBottom: 16 }}
      title={t('unreachable.title', { asked: t(`step.${asked}`) })}
      description={t('unreachable.text', { shown: t(`step.${shown}`) })}
    />
  );
}
