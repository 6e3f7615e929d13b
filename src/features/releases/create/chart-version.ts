/**
 * Helm chart versions, read with the `semver` package (strict SemVer 2.0.0, a leading `v` allowed) plus
 * what Zadig stores in practice: two-part versions such as `1.83`, read as `1.83.0`. A `v` the text
 * started with is kept in a suggestion.
 */
import SemVer from 'semver/classes/semver';
import parse from 'semver/functions/parse';

/** `1.83` / `v1.83-rc.1` → `1.83.0` / `v1.83.0-rc.1`; anything else unchanged. */
const withPatch = (text: string) => text.replace(/^(v?\d+\.\d+)(?=$|[-+])/, '$1.0');

function parseChartVersion(text: string): SemVer | null {
  return parse(withPatch(text.trim()));
}

export function isChartVersion(text: string): boolean {
  return parseChartVersion(text) !== null;
}

/** Orders two chart versions (build metadata ignored, as SemVer says); texts that are none sort first. */
export function compareChartVersions(a: string, b: string): number {
  const x = parseChartVersion(a);
  const y = parseChartVersion(b);
  if (!x || !y) return Number(Boolean(x)) - Number(Boolean(y));
  return x.compare(y);
}

/** The highest of the given texts that parse as versions, or null. */
export function latestChartVersion(texts: Iterable<string>): string | null {
  let best: { text: string; v: SemVer } | null = null;
  for (const text of texts) {
    const v = parseChartVersion(text);
    if (v && (!best || v.compare(best.v) > 0)) best = { text: text.trim(), v };
  }
  return best?.text ?? null;
}

/**
 * The next patch version: `1.2.3` → `1.2.4`, `v1.2.3` → `v1.2.4`, `1.83` → `1.83.1`,
 * `1.2.3-rc.1` → `1.2.3` (the release of that pre-release). Null when the text is not a version.
 */
export function bumpPatch(text: string): string | null {
  const v = parseChartVersion(text);
  if (!v || v.patch >= Number.MAX_SAFE_INTEGER) return null;
  const prefix = text.trim().startsWith('v') ? 'v' : '';
  return `${prefix}${v.inc('patch').version}`;
}
