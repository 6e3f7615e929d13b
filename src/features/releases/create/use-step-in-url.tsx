/**
 * The wizard's step lives in the URL, and only there: Next and Back push it, Back/Forward in the browser
 * move between steps, and a reload opens the step the URL names. A step that the form cannot open yet
 * (a step before it is not ready) is replaced in the URL by the furthest step that is, with a note.
 */
import { Alert } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldPath } from 'react-hook-form';
import { useSearchParams } from 'react-router';
import { useT } from '../../../i18n/i18n';
import { draftMessages } from './draft-messages';
import { isWizardStep, type WizardForm, type WizardStep } from './form-model';
import { createMessages } from './messages';
import { reachableStep, type Gates } from './step-gates';

export function useStepInUrl(gates: Gates) {
  const [search, setSearch] = useSearchParams();
  const param = search.get('step');
  const asked: WizardStep = isWizardStep(param) ? param : 'basics';
  const step = reachableStep(asked, gates);
  // What gets the focus once the step has changed: the new step's heading, or a field to fix.
  const focusAfterMove = useRef<FieldPath<WizardForm> | null>(null);
  const [refused, setRefused] = useState<{ asked: WizardStep; shown: WizardStep } | null>(null);

  // The step change renders at once (flushSync), not as a router transition: while a transition is
  // pending the old step stays on screen and its Next (still pointing at the step being opened) would
  // swallow the user's next Enter or click.
  const goTo = (next: WizardStep, focus?: FieldPath<WizardForm>) => {
    if (next !== step) focusAfterMove.current = focus ?? null;
    void setSearch(
      (prev) => {
        const out = new URLSearchParams(prev);
        out.set('step', next);
        return out;
      },
      { flushSync: true },
    );
  };

  // The URL names a step that cannot open: it is corrected to the step shown (one source of truth),
  // replacing the entry so that Back does not lead to it again.
  const correct = param !== null && asked !== step;
  if (correct && (refused?.asked !== asked || refused.shown !== step)) setRefused({ asked, shown: step });
  useEffect(() => {
    if (!correct) return;
    void setSearch(
      (prev) => {
        const out = new URLSearchParams(prev);
        out.set('step', step);
        return out;
      },
      { replace: true },
    );
  }, [correct, step, setSearch]);

  // The note stays while the user is on the step it explains.
  const unreachable = refused && refused.shown === step ? refused.asked : null;
  /** The field to focus after the last move (once), or null for the step's heading. */
  const takeFocusField = useCallback(() => {
    const field = focusAfterMove.current;
    focusAfterMove.current = null;
    return field;
  }, []);
  return { step, goTo, unreachable, takeFocusField };
}

/** Says that the step the address named could not open yet, and where the user is instead. */
export function StepNotReachable({ asked, shown }: { asked: WizardStep; shown: WizardStep }) {
  const t = useT(createMessages);
  const td = useT(draftMessages);
  return (
    <Alert
      type="info"
      showIcon
      role="status"
      style={{ marginBottom: 16 }}
      title={td('unreachable.title', { asked: t(`step.${asked}`) })}
      description={td('unreachable.text', { shown: t(`step.${shown}`) })}
    />
  );
}
