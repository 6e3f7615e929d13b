import { theme, Typography } from 'antd';
import type { ReactNode } from 'react';
import { splitChange } from '../../../lib/compare-releases';
import { useT } from '../../../i18n/i18n';
import { compareMessages } from './messages';
import { SR_ONLY } from '../../../components/sr-only';
import { ImageChip, splitImageRef } from '../../../components/image-chip/image-chip';

/**
 * `before → after` with the part that changed marked on each side (removed red, added green, with
 * words for screen readers); one value when both are equal.
 */
export function ChangedText({
  before,
  after,
  image = false,
}: {
  before: string;
  after: string;
  /** Image references: each side one chip that never breaks inside (see ImageChip). */
  image?: boolean;
}) {
  const t = useT(compareMessages);
  const { token } = theme.useToken();
  const dash = '—';
  const mark = (text: string, colour: string, bg: string) =>
    text ? <mark style={{ background: bg, color: colour, padding: 0, fontWeight: 600 }}>{text}</mark> : null;
  if (image) return <ImageChange before={before} after={after} mark={mark} />;
  if (before === after) return <Typography.Text code>{after || dash}</Typography.Text>;
  const p = splitChange(before, after);
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

type Mark = (text: string, colour: string, bg: string) => ReactNode;

/**
 * One image reference as a chip (registry and namespace give way first, the name and tag stay whole),
 * with the changed part marked when it lies in the name and tag, as it does for a new tag.
 */
export function ImageSide({
  value,
  prefix,
  changed,
  suffix,
  marked,
  word,
}: {
  value: string;
  prefix: string;
  changed: string;
  suffix: string;
  marked: ReactNode;
  /** Said to screen readers before the reference ("was", "now"). */
  word: ReactNode;
}) {
  const { head } = splitImageRef(value);
  if (!changed || prefix.length < head.length)
    return (
      <>
        {word}
        <ImageChip value={value} copy={false} />
      </>
    );
  return (
    <span className="zrc-image-chip">
      <code className="zrc-image-chip-ref" title={value}>
        {word}
        {head && <span className="zrc-image-chip-head">{head}</span>}
        <span className="zrc-image-chip-tail">
          {prefix.slice(head.length)}
          {marked}
          {suffix}
        </span>
      </code>
    </span>
  );
}

function ImageChange({ before, after, mark }: { before: string; after: string; mark: Mark }) {
  const t = useT(compareMessages);
  const { token } = theme.useToken();
  const dash = '—';
  if (before === after) return after ? <ImageChip value={after} copy={false} /> : <>{dash}</>;
  const p = splitChange(before, after);
  return (
    <span
      style={{
        display: 'inline-flex',
        flexWrap: 'wrap',
        alignItems: 'center',
        columnGap: 4,
        maxWidth: '100%',
      }}
    >
      {before ? (
        <ImageSide
          value={before}
          prefix={p.prefix}
          changed={p.base}
          suffix={p.suffix}
          word={<span style={SR_ONLY}>{t('was')} </span>}
          marked={
            <>
              <del style={{ textDecoration: 'none' }}>
                {mark(p.base, token.colorErrorText, token.colorErrorBg)}
              </del>
            </>
          }
        />
      ) : (
        <Typography.Text type="secondary">{dash}</Typography.Text>
      )}
      <span aria-hidden>→</span>
      {after ? (
        <ImageSide
          value={after}
          prefix={p.prefix}
          changed={p.head}
          suffix={p.suffix}
          word={<span style={SR_ONLY}>{t('now')} </span>}
          marked={
            <>
              <ins style={{ textDecoration: 'none' }}>
                {mark(p.head, token.colorSuccessText, token.colorSuccessBg)}
              </ins>
            </>
          }
        />
      ) : (
        <Typography.Text type="secondary">{dash}</Typography.Text>
      )}
    </span>
  );
}
