/**
 * Keeps the images' target tags on the version name (while they follow it), finds the targets and chart
 * versions other versions already push, and holds the user's explicit confirmation to overwrite them.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Registry } from '../../../api/model';
import { chartConflicts, type ChartConflict } from './chart-conflicts';
import { useWizardForm, type WizardForm, type ServiceForm } from './form-model';
import type { ChartHistory } from './history';
import { targetConflicts, type TargetConflict, type HistoryReadings } from './pushed-targets';
import type { FieldPath } from 'react-hook-form';

export interface TargetSafety {
  conflicts: TargetConflict[];
  /** Services whose chart version another version already pushes. */
  charts: ChartConflict[];
  /** The user confirmed overwriting exactly these conflicts. */
  confirmed: boolean;
  setConfirmed: (value: boolean) => void;
  /**
   * Whether Create may go on against the history read again: the form has no conflict with it, or
   * exactly the ones the user confirmed.
   */
  allows: (readings: HistoryReadings) => boolean;
}

interface Found {
  conflicts: TargetConflict[];
  charts: ChartConflict[];
}

function find(
  values: WizardForm,
  registries: readonly Registry[],
  readings: HistoryReadings,
  history: ChartHistory | undefined,
): Found {
  // A version with this form's name is not another version: Zadig refuses the name on Create (the name
  // check says so), so nothing of it would be overwritten.
  const other = (c: { version: string }) => c.version !== (values.name ?? '').trim();
  return {
    conflicts: targetConflicts(values, registries, readings.pushed).filter(other),
    charts: chartConflicts(values, history, readings.charts).filter(other),
  };
}

/** What the user confirms: each image and chart version with the version that pushes it. */
function signatureOf({ conflicts, charts }: Found): string {
  return [
    ...conflicts.map((c) => `${c.image}@${c.version}`),
    ...charts.map((c) => `${c.chart}:${c.chartVersion}@${c.version}`),
  ].join('\n');
}

export function useTargetSafety(
  values: WizardForm,
  registries: readonly Registry[],
  readings: HistoryReadings,
  history: ChartHistory | undefined,
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

  const found = useMemo(
    () => find(values, registries, readings, history),
    [values, registries, readings, history],
  );
  const signature = signatureOf(found);
  const [confirmedFor, setConfirmedFor] = useState<string | null>(null);
  return {
    ...found,
    confirmed: signature === '' || confirmedFor === signature,
    setConfirmed: (value) => setConfirmedFor(value ? signature : null),
    allows: (again) => {
      const now = signatureOf(find(form.getValues(), registries, again, history));
      return now === '' || now === confirmedFor;
    },
  };
}

/**
 * Target tags follow the version's name: a new version pushes its images under its own name, never
 * under a tag an earlier version already pushed. A tag typed (or applied) by hand stops following.
 */
export interface TagUpdate {
  path: FieldPath<WizardForm>;
  value: string;
}

/** The target tags that must change so that every following tag equals the (trimmed) name. */
export function followingTagUpdates(services: readonly ServiceForm[], name: string): TagUpdate[] {
  const tag = name.trim();
  return services.flatMap((s, i) =>
    s.images.flatMap((img, j) =>
      img.tagFollowsName && img.targetTag !== tag
        ? [{ path: `services.${i}.images.${j}.targetTag` as const, value: tag }]
        : [],
    ),
  );
}
