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
