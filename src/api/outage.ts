import { isApiError } from './errors';

/** A failure that says "cannot reach" (the console's server, or Zadig behind it) rather than "refused". */
export function isOutage(error: unknown): boolean {
  if (!isApiError(error)) return false;
  return error.kind === 'network' || error.kind === 'timeout' || error.status === 502 || error.status === 503;
}
