/**
 * Chart versions: parsing, ordering and the "next patch" suggestion for Helm chart versions.
 * Accepts what Helm accepts in practice: `1.2.3`, `v1.2.3`, `1.2` (Zadig sometimes stores two parts),
 * with optional pre-release (`-rc.1`) and build (`+meta`) parts.
 */
export interface ChartVersion {
  /** `v` when the text started with one (kept in the suggestion). */
  prefix: '' | 'v';
  major: number;
  minor: number;
  patch: number;
  /** How many numeric parts the text had (2 or 3). */
  parts: 2 | 3;
  prerelease: string;
  build: string;
}

const VERSION =
  /^(v?)(0|[1-9]\d{0,15})\.(0|[1-9]\d{0,15})(?:\.(0|[1-9]\d{0,15}))?(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$/;

/** Parses a chart version; null when the text is not one. */
export function parseChartVersion(text: string): ChartVersion | null {
  const m = VERSION.exec(text.trim());
  if (!m) return null;
  const [, prefix = '', major = '0', minor = '0', patch, prerelease = '', build = ''] = m;
  const numbers = [major, minor, patch ?? '0'].map(Number);
  if (numbers.some((n) => !Number.isSafeInteger(n))) return null;
  return {
    prefix: prefix === 'v' ? 'v' : '',
    major: numbers[0]!,
    minor: numbers[1]!,
    patch: numbers[2]!,
    parts: patch === undefined ? 2 : 3,
    prerelease,
    build,
  };
}

export function isChartVersion(text: string): boolean {
  return parseChartVersion(text) !== null;
}

function comparePrerelease(a: string, b: string): number {
  if (a === b) return 0;
  if (!a) return 1; // a release sorts after its pre-releases
  if (!b) return -1;
  const as = a.split('.');
  const bs = b.split('.');
  for (let i = 0; i < Math.max(as.length, bs.length); i++) {
    const x = as[i];
    const y = bs[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const xn = /^\d+$/.test(x);
    const yn = /^\d+$/.test(y);
    if (xn && yn) {
      const d = Number(x) - Number(y);
      if (d !== 0) return Math.sign(d);
    } else if (xn !== yn) {
      return xn ? -1 : 1;
    } else if (x !== y) {
      return x < y ? -1 : 1;
    }
  }
  return 0;
}

/** Orders two parsed versions (build metadata is ignored, as semver says). */
export function compareChartVersions(a: ChartVersion, b: ChartVersion): number {
  return (
    Math.sign(a.major - b.major) ||
    Math.sign(a.minor - b.minor) ||
    Math.sign(a.patch - b.patch) ||
    comparePrerelease(a.prerelease, b.prerelease)
  );
}

/** The highest of the given texts that parse as versions, or null. */
export function latestChartVersion(texts: Iterable<string>): string | null {
  let best: { text: string; v: ChartVersion } | null = null;
  for (const text of texts) {
    const v = parseChartVersion(text);
    if (v && (!best || compareChartVersions(v, best.v) > 0)) best = { text: text.trim(), v };
  }
  return best?.text ?? null;
}

/**
 * The next patch version: `1.2.3` → `1.2.4`, `v1.2.3` → `v1.2.4`, `1.83` → `1.83.1`,
 * `1.2.3-rc.1` → `1.2.3` (the release of that pre-release). Null when the text is not a version.
 */
export function bumpPatch(text: string): string | null {
  const v = parseChartVersion(text);
  if (!v) return null;
  if (v.prerelease) return `${v.prefix}${v.major}.${v.minor}.${v.patch}`;
  if (v.patch >= Number.MAX_SAFE_INTEGER) return null;
  return `${v.prefix}${v.major}.${v.minor}.${v.patch + 1}`;
}
