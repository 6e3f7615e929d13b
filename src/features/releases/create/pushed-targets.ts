/**
 * Target images other versions of the project already pushed, and the images of the form that would
 * push to one of them again (overwriting a tag a released version points to).
 */
import type { Registry, ReleaseDetail } from '../../../api/model';
import { imageRepository, parseImageRef } from '../../../lib/image-ref';
import { includedServices, type ImageForm, type WizardForm } from './form-model';
import { usedChartVersions } from './chart-conflicts';
import { joinRef, targetRepoOf } from './to-create-request';

/** `Host/ns/name:tag` → `host/ns/name:tag` (registry hosts are case-insensitive), or null. */
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
