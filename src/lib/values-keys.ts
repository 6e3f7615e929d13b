/**
 * Which keys of a Helm values file were added, removed or changed between two versions, as dotted
 * paths (`image.tag`, `ingress.hosts[0]`). Pure.
 */
import { parse } from 'yaml';

export interface ValuesKeyChanges {
  added: string[];
  removed: string[];
  changed: string[];
}

const MAX_DEPTH = 32;

/** Every leaf of a parsed YAML value, keyed by its dotted path. */
export function flattenValues(value: unknown, prefix = '', out = new Map<string, string>(), depth = 0) {
  if (depth > MAX_DEPTH) {
    out.set(prefix, JSON.stringify(value) ?? '');
  } else if (Array.isArray(value)) {
    if (value.length === 0) out.set(prefix, '[]');
    value.forEach((item, i) => flattenValues(item, `${prefix}[${i}]`, out, depth + 1));
  } else if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0 && prefix) out.set(prefix, '{}');
    for (const [key, item] of entries) flattenValues(item, prefix ? `${prefix}.${key}` : key, out, depth + 1);
  } else if (prefix) {
    out.set(prefix, String(value));
  }
  return out;
}

function read(text: string): Map<string, string> | null {
  if (!text.trim()) return new Map();
  try {
    return flattenValues(parse(text, { maxAliasCount: 100 }) as unknown);
  } catch {
    return null;
  }
}

/** null when either side is not valid YAML. */
export function valuesKeyChanges(before: string, after: string): ValuesKeyChanges | null {
  const a = read(before);
  const b = read(after);
  if (!a || !b) return null;
  const added: string[] = [];
  const removed: string[] = [];
  const changed: string[] = [];
  for (const [key, value] of a) {
    if (!b.has(key)) removed.push(key);
    else if (b.get(key) !== value) changed.push(key);
  }
  for (const key of b.keys()) if (!a.has(key)) added.push(key);
  return { added, removed, changed };
}
