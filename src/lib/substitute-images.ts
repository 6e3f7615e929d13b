/**
 * Writing a delivery version's target images into the YAML it stores (K8s YAML, Helm values), the way
 * Zadig does it. Pure, and in place: only the changed scalars are rewritten, so comments, key order,
 * indentation and quoting elsewhere stay exactly as they were. Text that does not parse as YAML is not
 * rejected: K8s YAML then gets plain text replacement of source by target image, Helm values come back
 * unchanged.
 */
import {
  isMap,
  isScalar,
  isSeq,
  parseAllDocuments,
  parseDocument,
  Scalar,
  visit,
  type Document,
  type Node as YamlNode,
} from 'yaml';
import { helmImageAssignments, type HelmImageSubstitution } from './helm-image-paths';
import { applyEdits, scalarEdit, type Edit } from './yaml-edits';

/** What the K8s substitution needs of a version image (a subset of the wire image). */
export interface K8sImageSubstitution {
  container_name: string;
  source_image: string;
  target_image: string;
}

export interface K8sSubstitutionOptions {
  /** The version's source; `manual` versions get no source → target replacement. */
  source: 'manual' | 'from_env' | 'from_version' | string;
}

const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);
const REF_CHAR = '[A-Za-z0-9_./:@-]';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Replaces whole-reference occurrences of `from` in `text` (not `a/b:1` inside `a/b:10`). */
export function replaceImageOccurrences(text: string, from: string, to: string): string {
  if (!from || from === to) return text;
  const re = new RegExp(`(?<!${REF_CHAR})${escapeRegExp(from)}(?!${REF_CHAR.replace('/', '')})`, 'g');
  return text.replace(re, () => to);
}

/** The container maps (`{name, image}`) of every container list in a document. */
function containerScalars(doc: Document.Parsed): Array<{ name: string; image: Scalar }> {
  const found: Array<{ name: string; image: Scalar }> = [];
  visit(doc, {
    Pair(_key, pair) {
      if (!isScalar(pair.key) || !CONTAINER_LISTS.has(String(pair.key.value)) || !isSeq(pair.value)) return;
      for (const item of pair.value.items) {
        if (!isMap(item)) continue;
        const name = item.get('name');
        const image = item.get('image', true);
        if (typeof name === 'string' && isScalar(image)) found.push({ name, image });
      }
    },
  });
  return found;
}

/** Lists the containers (name and image) of every workload in a K8s YAML text. */
export function listK8sContainers(yamlText: string): Array<{ name: string; image: string }> {
  return containersOfDocuments(parseAllDocuments(yamlText));
}

/** The containers of documents already parsed (documents with errors are skipped). */
export function containersOfDocuments(
  docs: readonly Document.Parsed[],
): Array<{ name: string; image: string }> {
  const out: Array<{ name: string; image: string }> = [];
  for (const doc of docs) {
    if (!('errors' in doc) || doc.errors.length > 0) continue;
    for (const c of containerScalars(doc)) out.push({ name: c.name, image: String(c.image.value ?? '') });
  }
  return out;
}

/**
 * Writes target images into K8s YAML (one or more documents): in every container list (`containers`,
 * `initContainers`, `ephemeralContainers`) the container named `container_name` gets `target_image`;
 * then, unless `options.source` is `manual`, any remaining occurrence of `source_image` becomes
 * `target_image`. Returns the new text; everything else is kept byte for byte.
 */
export function substituteK8sYaml(
  yamlText: string,
  images: readonly K8sImageSubstitution[],
  options: K8sSubstitutionOptions,
): string {
  if (!yamlText || images.length === 0) return yamlText;
  const replaceSources = options.source !== 'manual';
  const docs = parseAllDocuments(yamlText);
  const parsed = docs.filter((d): d is Document.Parsed => 'errors' in d);
  if (parsed.length !== docs.length || parsed.some((d) => d.errors.length > 0)) {
    if (!replaceSources) return yamlText;
    return images.reduce(
      (text, img) => replaceImageOccurrences(text, img.source_image, img.target_image),
      yamlText,
    );
  }

  const edits: Edit[] = [];
  const edited = new Set<YamlNode>();
  const byContainer = new Map(images.map((img) => [img.container_name, img]));
  for (const doc of parsed) {
    for (const c of containerScalars(doc)) {
      const img = byContainer.get(c.name);
      if (!img) continue;
      edited.add(c.image);
      const edit = scalarEdit(yamlText, c.image, img.target_image);
      if (edit) edits.push(edit);
    }
  }
  if (replaceSources) {
    for (const doc of parsed) {
      visit(doc, {
        Scalar(_key, node) {
          if (edited.has(node) || typeof node.value !== 'string' || !node.range) return;
          let value = node.value;
          for (const img of images)
            value = replaceImageOccurrences(value, img.source_image, img.target_image);
          if (value === node.value) return;
          if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) {
            const [start, end] = node.range;
            let raw = yamlText.slice(start, end);
            for (const img of images) raw = replaceImageOccurrences(raw, img.source_image, img.target_image);
            edits.push({ start, end, text: raw });
            return;
          }
          const edit = scalarEdit(yamlText, node, value);
          if (edit) edits.push(edit);
        },
      });
    }
  }
  return applyEdits(yamlText, edits);
}

function splitPath(path: string): string[] {
  return path.split('.').filter((p) => p !== '');
}

/**
 * Writes each image's target reference into Helm values YAML at its `image_path`, in the four forms of
 * zadig-behaviour.md ({@link helmImageAssignments}). Existing scalars are rewritten in place (keeping their quoting;
 * a plain scalar that would read back as a number, e.g. tag `123`, is double-quoted so it stays a
 * string); missing keys are created. Images without `image_path` are skipped. Text that does not parse
 * as a YAML mapping comes back unchanged.
 */
export function substituteHelmValues(valuesText: string, images: readonly HelmImageSubstitution[]): string {
  const assignments = images.flatMap((img) => helmImageAssignments(img.target_image, img.image_path));
  if (assignments.length === 0) return valuesText;
  const doc = parseDocument(valuesText);
  if (doc.errors.length > 0) return valuesText;
  if (doc.contents !== null && !isMap(doc.contents)) return valuesText;

  const edits: Edit[] = [];
  const missing: Array<{ path: string[]; value: string }> = [];
  for (const { path, value } of assignments) {
    const keys = splitPath(path);
    if (keys.length === 0) continue;
    const node = doc.contents ? doc.getIn(keys, true) : undefined;
    if (
      isScalar(node) &&
      node.range &&
      node.type !== Scalar.BLOCK_LITERAL &&
      node.type !== Scalar.BLOCK_FOLDED
    ) {
      const edit = scalarEdit(valuesText, node, value);
      if (edit) edits.push(edit);
    } else {
      missing.push({ path: keys, value });
    }
  }
  if (missing.length === 0) return applyEdits(valuesText, edits);
  // Keys to create: edit the document model and print it (formatting of the rest may be normalised).
  const edited = parseDocument(applyEdits(valuesText, edits));
  for (const { path, value } of missing) {
    try {
      edited.setIn(path, value);
    } catch {
      // a parent on the path is a scalar or a list: Zadig leaves such values alone too
    }
  }
  return edited.toString({ lineWidth: 0 });
}
