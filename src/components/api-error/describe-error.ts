/**
 * The one place that decides how an error is presented: which kind it is, whether trying again may
 * help, and what the server said about it. Components render from this, nothing else looks at errors.
 */
import { isApiError, type ApiErrorKind } from '../../api/errors';
import { isZadigUnreachable } from '../../api/outage';

/** `zadig-unreachable`: the console's server answered that Zadig behind it cannot be reached. */
export type ErrorKind = ApiErrorKind | 'unknown' | 'zadig-unreachable';

export interface ErrorPresentation {
  kind: ErrorKind;
  /** Show a "Try again" button. */
  retryable: boolean;
  /** The server's own words (description, else message), shown as text; '' when it said nothing useful. */
  serverText: string;
  /** For invalid responses: where in the payload the problem is. */
  detail: string;
  /** Offer the API token dialog. */
  needsToken: boolean;
}

/** Messages the client uses internally; never shown as "what the server said". */
const INTERNAL_MESSAGES = new Set(['timeout', 'invalid-json', 'invalid-response', 'Failed to fetch']);

/** The kinds whose answer says something worth showing in the server's own words. */
const SHOWS_SERVER_TEXT = new Set<ErrorKind>(['bad-request', 'conflict', 'server', 'not-found', 'no-route']);

export function describeError(error: unknown): ErrorPresentation {
  if (!isApiError(error)) {
    return { kind: 'unknown', retryable: true, serverText: '', detail: '', needsToken: false };
  }
  // The console server's own sentence: said in the page's language, not repeated in English.
  if (isZadigUnreachable(error)) {
    return { kind: 'zadig-unreachable', retryable: true, serverText: '', detail: '', needsToken: false };
  }
  const kind = error.kind;
  let serverText = '';
  if (SHOWS_SERVER_TEXT.has(kind)) {
    const message =
      INTERNAL_MESSAGES.has(error.message) || /^HTTP \d+$/.test(error.message) ? '' : error.message;
    serverText = (error.description || message).trim();
  }
  return {
    kind,
    retryable: error.retryable || kind === 'invalid-response',
    serverText,
    detail: kind === 'invalid-response' ? (error.detail ?? error.message) : '',
    needsToken: kind === 'unauthorized',
  };
}

/** True for a 404: pages show their own not-found view for it. */
export function isNotFound(error: unknown): boolean {
  return isApiError(error) && error.kind === 'not-found';
}
