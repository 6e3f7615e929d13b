/**
 * Time for people: a relative phrase ("3 minutes ago", "3 分钟前") and an exact date-time, both in the
 * user's locale and time zone. Pure; `now` is passed in so callers (and tests) decide what "now" is.
 */

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['week', 7 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
  ['second', 1000],
];

/** "5 minutes ago" / "5 分钟前"; under 45 s it says "now" / "现在". */
export function formatRelative(timeMs: number, nowMs: number, locale: string): string {
  const diff = timeMs - nowMs;
  const abs = Math.abs(diff);
  if (abs < 45_000) return relativePhrase(locale, 0, 'second');
  for (const [unit, size] of UNITS) {
    if (abs >= size || unit === 'second') return relativePhrase(locale, Math.round(diff / size), unit);
  }
  return relativePhrase(locale, 0, 'second');
}

/*
 * A page of rows says the same few phrases again and again ("2 days ago"): each is formatted once per
 * locale. The cache holds at most a few hundred short strings (units × the numbers they reach). Intl
 * formatters are costly to build too (a list page formats dozens of times per render): one per locale
 * (and time zone) is kept.
 */
const phrases = new Map<string, string>();
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
const exactFormats = new Map<string, Intl.DateTimeFormat>();

function cached<V>(cache: Map<string, V>, key: string, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = make()));
  return value;
}

const relativeFormat = (locale: string) =>
  cached(relativeFormats, locale, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));

function relativePhrase(locale: string, n: number, unit: Intl.RelativeTimeFormatUnit): string {
  return cached(phrases, `${locale}|${unit}|${n}`, () => relativeFormat(locale).format(n, unit));
}

/** The exact date and time with seconds and the time zone, e.g. "Apr 24, 2024, 11:16:17 AM GMT+8". */
export function formatExact(timeMs: number, locale: string, timeZone?: string): string {
  const format = cached(
    exactFormats,
    `${locale}|${timeZone ?? ''}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        timeZoneName: 'short',
        ...(timeZone ? { timeZone } : {}),
      }),
  );
  return format.format(new Date(timeMs));
}

/** ISO 8601 for `<time dateTime>`. */
export function toIso(timeMs: number): string {
  return new Date(timeMs).toISOString();
}
