import { isApiError } from './errors';

/** A failure that says "cannot reach" (the console's server, or Zadig behind it) rather than "refused". */
export function isOutage(error: unknown): boolean {
  if (!isApiError(error)) return false;
  return error.kind === 'network' || error.kind === 'timeout' || error.status === 502 || error.status === 503;
}

/**
 * An outage of Zadig alone: the console's server answered 502, 503 or 504 in its own Zadig-shaped body
 * (`code` = the status; server/proxy.ts, server/versions/proxy/zadig-reader.ts) because Zadig behind it
 * cannot be reached. A gateway in front of the console answers its own page, with no such code.
 */
export function isZadigOutage(error: unknown): boolean {
  return isApiError(error) && [502, 503, 504].includes(error.status) && error.code === error.status;
}

/**
 * What the console's server says when Zadig cannot be reached (its 502 body's `description`; server/proxy.ts,
 * server/versions/proxy/zadig-reader.ts): words about the product. What to check (the address, the
 * network) is for whoever runs the console, and goes to the server's log.
 */
export const ZADIG_UNREACHABLE =
  'Zadig cannot be reached. Try again later, or tell whoever runs this console.';

/** The console server's own "Zadig cannot be reached" answer: the page says it in its own words. */
export function isZadigUnreachable(error: unknown): boolean {
  return isZadigOutage(error) && isApiError(error) && error.description === ZADIG_UNREACHABLE;
}
