import { useLocale } from '../i18n/i18n';
import { formatExact, formatRelative, toIso } from '../lib/time';
import { LazyTooltip } from './lazy-tooltip';
import { useNow } from './use-now';

/** A time shown relative ("5 minutes ago"), exact on hover and focus; `fallback` when there is none. */
export function TimeText({ value, fallback = '—' }: { value: number | null; fallback?: string }) {
  const { locale } = useLocale();
  const now = useNow();
  if (value === null) return <span>{fallback}</span>;
  return (
    // The exact time is formatted when the tooltip first opens: a page of rows builds no formatter for it.
    <LazyTooltip title={() => formatExact(value, locale)}>
      <time dateTime={toIso(value)} tabIndex={0}>
        {formatRelative(value, Math.max(now, 0), locale)}
      </time>
    </LazyTooltip>
  );
}

/** The exact time as text. */
export function ExactTime({ value, fallback = '—' }: { value: number | null; fallback?: string }) {
  const { locale } = useLocale();
  if (value === null) return <span>{fallback}</span>;
  return <time dateTime={toIso(value)}>{formatExact(value, locale)}</time>;
}
