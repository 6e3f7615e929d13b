/**
 * The one place that decides how an error is presented (`describeError`: which kind it is, whether
 * trying again may help, what the server said about it) and the only component that renders API errors.
 */
import { Alert, Button } from 'antd';
import { createContext, useContext, type ReactNode } from 'react';
import { isApiError, type ApiErrorKind } from '../../api/errors';
import { isZadigUnreachable } from '../../api/outage';
import { useLocale, useT } from '../../i18n/i18n';
import { StatusPage } from '../status-page';
import { errorMessages } from './messages';

/**
 * The hook between error views and the API token dialog: the dialog (features/auth) provides a function
 * that opens it; error views for a 401 then offer an "Enter API token" button.
 */
export const TokenRequestContext = createContext<(() => void) | null>(null);


export interface ErrorViewProps {
  error: unknown;
  /** Offered as "Try again" when trying again may help. */
  onRetry?: (() => void) | undefined;
  /** `page` fills the content area; `inline` sits next to the action that failed. */
  variant?: 'page' | 'inline';
  /** Extra actions (e.g. a way back), shown after the built-in ones. */
  extra?: ReactNode;
  /** Replaces the generic title, e.g. "Could not delete v12". */
  title?: string | undefined;
  onClose?: (() => void) | undefined;
}

/** Shows any error the way `describeError` decides; the only component that renders API errors. */
export function ErrorView({ error, onRetry, variant = 'page', extra, title, onClose }: ErrorViewProps) {
  const t = useT(errorMessages);
  const { locale } = useLocale();
  const requestToken = useContext(TokenRequestContext);
  const p = describeError(error);
  const heading = title ?? t(`title.${p.kind}`);
  const text = t(`text.${p.kind}`, { detail: p.detail });
  // In the Chinese UI an English answer is labelled as the server's own words, after our explanation.
  const serverSaid = p.serverText
    ? t(locale === 'zh-CN' && !hasChinese(p.serverText) ? 'serverOriginal' : 'serverSaid', {
        text: p.serverText,
      })
    : null;
  const actions = (
    <>
      {p.needsToken && requestToken && (
        <Button type="primary" onClick={requestToken}>
          {t('enterToken')}
        </Button>
      )}
      {p.retryable && onRetry && <Button onClick={onRetry}>{t('retry')}</Button>}
      {extra}
    </>
  );
  const hasActions = (p.needsToken && requestToken) || (p.retryable && onRetry) || extra;

  if (variant === 'inline') {
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        title={heading}
        description={
          <>
            <div>{text}</div>
            {serverSaid && <div>{serverSaid}</div>}
          </>
        }
        action={hasActions ? <div style={{ display: 'flex', gap: 8 }}>{actions}</div> : undefined}
        closable={onClose ? { onClose, 'aria-label': t('close') } : false}
      />
    );
  }
  const icon =
    p.kind === 'not-found'
      ? 'not-found'
      : p.kind === 'forbidden' || p.kind === 'unauthorized'
        ? 'locked'
        : 'error';
  return (
    <div role="alert">
      <StatusPage icon={icon} title={heading} extra={hasActions ? actions : undefined}>
        <p style={{ margin: 0 }}>{text}</p>
        {serverSaid && <p style={{ margin: '4px 0 0' }}>{serverSaid}</p>}
      </StatusPage>
    </div>
  );
}

/** True when the text has Chinese characters (then it needs no "original words" label in the Chinese UI). */
function hasChinese(text: string): boolean {
  return /[\u3400-\u9fff]/.test(text);
}

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
