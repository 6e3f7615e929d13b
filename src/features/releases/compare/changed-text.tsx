import { theme, Typography } from 'antd';
import { splitChange } from '../../../lib/compare-releases';
import { useT } from '../../../i18n/i18n';
import { compareMessages } from './messages';
import { SR_ONLY } from './sr-only';

/**
 * `before → after` with the part that changed marked on each side (removed red, added green, with
 * words for screen readers); one value when both are equal.
 */
export function ChangedText({ before, after }: { before: string; after: string }) {
  const t = useT(compareMessages);
  const { token } = theme.useToken();
  const dash = '—';
  if (before === after) return <Typography.Text code>{after || dash}</Typography.Text>;
  const p = splitChange(before, after);
  const mark = (text: string, colour: string, bg: string) =>
    text ? <mark style={{ background: bg, color: colour, padding: 0, fontWeight: 600 }}>{text}</mark> : null;
  return (
    <span style={{ wordBreak: 'break-all' }}>
      {before ? (
        <Typography.Text code>
          <span style={SR_ONLY}>{t('was')} </span>
          {p.prefix}
          <del style={{ textDecoration: 'none' }}>
            {mark(p.base, token.colorErrorText, token.colorErrorBg)}
          </del>
          {p.suffix}
        </Typography.Text>
      ) : (
        <Typography.Text type="secondary">{dash}</Typography.Text>
      )}
      <span aria-hidden> → </span>
      {after ? (
        <Typography.Text code>
          <span style={SR_ONLY}> {t('now')} </span>
          {p.prefix}
          <ins style={{ textDecoration: 'none' }}>
            {mark(p.head, token.colorSuccessText, token.colorSuccessBg)}
          </ins>
          {p.suffix}
        </Typography.Text>
      ) : (
        <Typography.Text type="secondary">{dash}</Typography.Text>
      )}
    </span>
  );
}
