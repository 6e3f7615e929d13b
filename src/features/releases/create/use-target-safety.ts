/**
 * Keeps the images' target tags on the version name (while they follow it), finds the targets and chart
 * versions other versions already push, and holds the user's explicit confirmation to overwrite them.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Registry, ReleaseDetail } from '../../../api/model';
import { chartConflicts, type ChartConflict, usedChartVersions } from './chart-conflicts';
import {
  useWizardForm,
  type WizardForm,
  type ServiceForm,
  includedServices,
  type ImageForm,
} from './form-model';
import type { ChartHistory } from './history';
import type { FieldPath } from 'react-hook-form';
import { imageRepository, parseImageRef } from '../../../lib/image-ref';
import { joinRef, targetRepoOf } from './to-create-request';

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

/** `Host/ns/name:tag` → `host/ns/name:tag` (registry hosts are case-insensitive), or null. */
/*
 * Target images other versions of the project already pushed, and the images of the form that would
 * push to one of them again (overwriting a tag a released version points to).
 */
export function imageKey(repo: string, tag: string): string | null {
  const ref = parseImageRef(joinRef(repo, tag));
  if (!ref || !ref.tag) return null;
  return `${imageRepository(ref).toLowerCase()}:${ref.tag}`;
}

/** Every target image pushed by the given versions → the (most recent) version that pushed it. */
export function pushedTargets(details: readonly ReleaseDetail[]): Map<string, string> {
  const out = new Map<string, string>();
  const oldestFirst = [...details].sort((a, b) => (a.createdAt ?? 0) - (b.createdAt ?? 0));
  for (const d of oldestFirst) {
    for (const s of d.services) {
      for (const img of s.images) {
        if (!img.pushImage) continue;
        const ref = parseImageRef(img.targetImage.trim());
        if (!ref) continue;
        const key = imageKey(imageRepository(ref), img.targetImageTag.trim() || ref.tag);
        if (key) out.set(key, d.name);
      }
    }
  }
  return out;
}

export interface TargetConflict {
  serviceIndex: number;
  imageIndex: number;
  service: string;
  container: string;
  image: string;
  version: string;
}

/** The version that already pushed this image's target, or null (images not pushed never conflict). */
export function conflictOf(
  image: Pick<ImageForm, 'push' | 'targetRepo' | 'imageName' | 'targetTag'>,
  registry: Registry | undefined,
  pushed: ReadonlyMap<string, string>,
): { image: string; version: string } | null {
  if (!image.push) return null;
  const repo = targetRepoOf(image, registry);
  const key = imageKey(repo, image.targetTag.trim());
  const version = key ? pushed.get(key) : undefined;
  return version ? { image: joinRef(repo, image.targetTag), version } : null;
}

export function targetConflicts(
  form: WizardForm,
  registries: readonly Registry[],
  pushed: ReadonlyMap<string, string>,
): TargetConflict[] {
  const registry = registries.find((r) => r.id === form.registryId);
  return includedServices(form).flatMap(({ service, index }) =>
    service.images.flatMap((img, j) => {
      const hit = conflictOf(img, registry, pushed);
      if (!hit) return [];
      return [
        {
          serviceIndex: index,
          imageIndex: j,
          service: service.serviceName,
          container: img.containerName,
          ...hit,
        },
      ];
    }),
  );
}

/** What the wizard checks a new version against: what the latest versions push, to the version that does. */
export interface HistoryReadings {
  /** Target image key (`imageKey`) → the version that pushes it. */
  pushed: ReadonlyMap<string, string>;
  /** Chart key (`chartKey`) → the version that pushes it. */
  charts: ReadonlyMap<string, string>;
}

export function readingsOf(details: readonly ReleaseDetail[]): HistoryReadings {
  return { pushed: pushedTargets(details), charts: usedChartVersions(details) };
}

/**
 * What was read before with what was read again on top: a later reading names the version that pushes
 * an image or chart now; what only the earlier one had (the base version, read once) still counts.
 */
export function mergeReadings(before: HistoryReadings, again: HistoryReadings): HistoryReadings {
  return {
    pushed: new Map([...before.pushed, ...again.pushed]),
    charts: new Map([...before.charts, ...again.charts]),
  };
}
