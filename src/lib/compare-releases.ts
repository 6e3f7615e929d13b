/**
 * What changed between two versions (base → head): per service new / removed / changed / unchanged,
 * per image the source and target references before and after, Helm chart name and version, and the
 * header fields (labels, description, environment, source). Pure: no React, no I/O.
 */
import type { ReleaseDetail, ReleaseImage, ReleaseService } from '../api/model';
import { withTag } from './image-ref';

export type ChangeKind = 'new' | 'removed' | 'changed' | 'unchanged';

export interface ImageComparison {
  /** The container (or image name) the two sides were matched by. */
  key: string;
  kind: ChangeKind;
  base: ReleaseImage | null;
  head: ReleaseImage | null;
  /** Full references with tags (empty on a missing side). */
  sourceBase: string;
  sourceHead: string;
  targetBase: string;
  targetHead: string;
}

export interface ServiceComparison {
  serviceName: string;
  kind: ChangeKind;
  base: ReleaseService | null;
  head: ReleaseService | null;
  images: ImageComparison[];
  /** Chart name or version differ (Helm). */
  chartChanged: boolean;
  /** The YAML (K8s) or values (Helm) text differs. */
  yamlChanged: boolean;
}

export type HeaderField = 'type' | 'envName' | 'source' | 'description' | 'labels';

export interface HeaderDifference {
  field: HeaderField;
  base: string;
  head: string;
  /** For labels: which were added and removed. */
  added?: string[];
  removed?: string[];
}

export interface ComparisonCounts {
  new: number;
  removed: number;
  changed: number;
  unchanged: number;
  /** Images added, removed or with a different source or target reference, over all services. */
  imagesChanged: number;
}

export interface ReleaseComparison {
  services: ServiceComparison[];
  counts: ComparisonCounts;
  header: HeaderDifference[];
}

function imageRefs(image: ReleaseImage | null) {
  return {
    source: image ? withTag(image.sourceImage, image.sourceImageTag) : '',
    target: image ? withTag(image.targetImage, image.targetImageTag) : '',
  };
}

/** Keys that match the images of one service across versions: container name, then image name. */
function keyed(images: readonly ReleaseImage[]): Map<string, ReleaseImage> {
  const map = new Map<string, ReleaseImage>();
  const seen = new Map<string, number>();
  images.forEach((image, i) => {
    const name = image.containerName || image.imageName || `#${i}`;
    const n = seen.get(name) ?? 0;
    seen.set(name, n + 1);
    map.set(n === 0 ? name : `${name}#${n + 1}`, image);
  });
  return map;
}

/** Union of two key lists: base order first, then keys only the head has, in head order. */
function unionKeys<T>(base: Map<string, T>, head: Map<string, T>): string[] {
  const keys = [...base.keys()];
  for (const key of head.keys()) if (!base.has(key)) keys.push(key);
  return keys;
}

export function compareImages(
  base: readonly ReleaseImage[],
  head: readonly ReleaseImage[],
  sideKind?: 'new' | 'removed',
): ImageComparison[] {
  const a = keyed(base);
  const b = keyed(head);
  return unionKeys(a, b).map((key) => {
    const before = a.get(key) ?? null;
    const after = b.get(key) ?? null;
    const x = imageRefs(before);
    const y = imageRefs(after);
    const kind: ChangeKind =
      sideKind ??
      (!before
        ? 'new'
        : !after
          ? 'removed'
          : x.source !== y.source || x.target !== y.target
            ? 'changed'
            : 'unchanged');
    return {
      key,
      kind,
      base: before,
      head: after,
      sourceBase: x.source,
      sourceHead: y.source,
      targetBase: x.target,
      targetHead: y.target,
    };
  });
}

export function compareServices(
  base: readonly ReleaseService[],
  head: readonly ReleaseService[],
): ServiceComparison[] {
  const a = new Map(base.map((s) => [s.serviceName, s]));
  const b = new Map(head.map((s) => [s.serviceName, s]));
  return unionKeys(a, b).map((name) => {
    const before = a.get(name) ?? null;
    const after = b.get(name) ?? null;
    const sideKind = !before ? 'new' : !after ? 'removed' : undefined;
    const images = compareImages(before?.images ?? [], after?.images ?? [], sideKind);
    const chartChanged =
      !!before &&
      !!after &&
      (before.chartName !== after.chartName || before.chartVersion !== after.chartVersion);
    const yamlChanged = (before?.yamlContent ?? '') !== (after?.yamlContent ?? '');
    const kind: ChangeKind =
      sideKind ??
      (chartChanged || yamlChanged || images.some((i) => i.kind !== 'unchanged') ? 'changed' : 'unchanged');
    return { serviceName: name, kind, base: before, head: after, images, chartChanged, yamlChanged };
  });
}

type HeaderSide = Pick<ReleaseDetail, 'type' | 'envName' | 'source' | 'description' | 'labels'>;

export function compareHeader(base: HeaderSide, head: HeaderSide): HeaderDifference[] {
  const out: HeaderDifference[] = [];
  for (const field of ['type', 'envName', 'source', 'description'] as const) {
    if (base[field] !== head[field]) out.push({ field, base: base[field], head: head[field] });
  }
  const added = head.labels.filter((l) => !base.labels.includes(l));
  const removed = base.labels.filter((l) => !head.labels.includes(l));
  if (added.length > 0 || removed.length > 0) {
    out.push({ field: 'labels', base: base.labels.join(', '), head: head.labels.join(', '), added, removed });
  }
  return out;
}

export function countChanges(services: readonly ServiceComparison[]): ComparisonCounts {
  const counts: ComparisonCounts = { new: 0, removed: 0, changed: 0, unchanged: 0, imagesChanged: 0 };
  for (const s of services) {
    counts[s.kind]++;
    for (const image of s.images) if (image.kind !== 'unchanged') counts.imagesChanged++;
  }
  return counts;
}

export function compareReleases(
  base: HeaderSide & { services: readonly ReleaseService[] },
  head: HeaderSide & { services: readonly ReleaseService[] },
): ReleaseComparison {
  const services = compareServices(base.services, head.services);
  return { services, counts: countChanges(services), header: compareHeader(base, head) };
}

/** Changed services first (new, changed, removed), then unchanged; the order within a kind is kept. */
const ORDER: Record<ChangeKind, number> = { new: 0, changed: 1, removed: 2, unchanged: 3 };
export function byChange(a: ServiceComparison, b: ServiceComparison): number {
  return ORDER[a.kind] - ORDER[b.kind];
}

export interface TextParts {
  /** Shared start, the differing middle of each side, shared end. */
  prefix: string;
  base: string;
  head: string;
  suffix: string;
}

/**
 * Splits two strings into their common prefix and suffix and the differing middles, so the changed
 * part of a tag can be highlighted (`…:20250908-1-main` → `…:20250910-5-main`).
 */
export function splitChange(before: string, after: string): TextParts {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before[start] === after[start]) start++;
  let end = 0;
  while (end < max - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  // Never split a surrogate pair.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end))) end--;
  return {
    prefix: before.slice(0, start),
    base: before.slice(start, before.length - end),
    head: after.slice(start, after.length - end),
    suffix: before.slice(before.length - end),
  };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
