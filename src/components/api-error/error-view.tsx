import { Alert, Button } from 'antd';
import type { ReactNode } from 'react';
import { useLocale, useT } from '../../i18n/i18n';
import { StatusPage } from '../status-page';
import { describeError } from './describe-error';
import { errorMessages } from './messages';
import { useTokenRequest } from './token-request';

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
  const requestToken = useTokenRequest();
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
