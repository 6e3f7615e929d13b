/**
 * Editing YAML text in place: only the changed scalars are rewritten, in their own quoting style, so
 * comments, key order and indentation elsewhere stay exactly as they were.
 */
import { parseDocument, Scalar } from 'yaml';

export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping edits (an edit overlapping a later one is dropped). */
export function applyEdits(source: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let out = source;
  let lastStart = Number.POSITIVE_INFINITY;
  for (const edit of sorted) {
    if (edit.end > lastStart) continue; // overlapping edit: keep the later one only
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
    lastStart = edit.start;
  }
  return out;
}

/** True when `text`, read as a plain YAML scalar, is exactly the string `value`. */
function isPlainSafe(value: string): boolean {
  if (value === '' || /^\s|\s$/.test(value) || /[\n#]|: /.test(value)) return false;
  try {
    const parsed = parseDocument(`k: ${value}\n`);
    if (parsed.errors.length > 0) return false;
    return parsed.get('k') === value;
  } catch {
    return false;
  }
}

/** The source text for scalar `node` holding `value`, in the node's own style where possible. */
function renderScalar(node: Scalar, value: string): string {
  switch (node.type) {
    case Scalar.QUOTE_SINGLE:
      return `'${value.replace(/'/g, "''")}'`;
    case Scalar.QUOTE_DOUBLE:
      return JSON.stringify(value);
    default:
      return isPlainSafe(value) ? value : JSON.stringify(value);
  }
}

/** The edit that makes scalar `node` hold `value`, or null when it already does (or is a block). */
export function scalarEdit(source: string, node: Scalar, value: string): Edit | null {
  if (!node.range) return null;
  const [start, end] = node.range;
  if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) {
    return null; // block scalars are edited textually by the callers
  }
  const text = renderScalar(node, value);
  if (source.slice(start, end) === text) return null;
  return { start, end, text };
}
