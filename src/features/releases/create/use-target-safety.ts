/**
 * Keeps the images' target tags on the version name (while they follow it), finds the targets other
 * versions already pushed, and holds the user's explicit confirmation to overwrite them.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Registry } from '../../../api/model';
import { followingTagUpdates } from './follow-name';
import type { WizardForm } from './form-model';
import { targetConflicts, type TargetConflict } from './pushed-targets';
import { useWizardForm } from './use-wizard-form';

export interface TargetSafety {
  conflicts: TargetConflict[];
  /** The user confirmed overwriting exactly these conflicts. */
  confirmed: boolean;
  setConfirmed: (value: boolean) => void;
}

export function useTargetSafety(
  values: WizardForm,
  registries: readonly Registry[],
  pushed: ReadonlyMap<string, string>,
): TargetSafety {
  const form = useWizardForm();
  const updates = useMemo(
    () => followingTagUpdates(values.services ?? [], values.name ?? ''),
    [values.services, values.name],
  );
  useEffect(() => {
    // Form state written from form state: the name and the images arrive through different paths
    // (typing, an environment or version loaded later, an image added), and each must end in sync.
    for (const u of updates) form.setValue(u.path, u.value, { shouldValidate: true, shouldDirty: true });
  }, [updates, form]);

  const conflicts = useMemo(() => targetConflicts(values, registries, pushed), [values, registries, pushed]);
  const signature = conflicts.map((c) => `${c.image}@${c.version}`).join('\n');
  const [confirmedFor, setConfirmedFor] = useState<string | null>(null);
  return {
    conflicts,
    confirmed: conflicts.length === 0 || confirmedFor === signature,
    setConfirmed: (value) => setConfirmedFor(value ? signature : null),
  };
}
