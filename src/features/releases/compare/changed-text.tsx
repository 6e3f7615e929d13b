import { Tag, theme, Typography } from 'antd';
import { splitChange, type ChangeKind } from '../../../lib/compare-releases';
import { useT } from '../../../i18n/i18n';
import { compareMessages } from './messages';
import { SR_ONLY } from '../../../components/sr-only';
import { ImageChip, splitImageRef } from '../../../components/image-chip/image-chip';

export const DASH = '—';

/**
 * One side of a changed value, the changed part marked (removed red on the base, added green on the
 * compared, with a word for screen readers). An image reference is one chip (registry and namespace give
 * way first, the name and tag stay whole), marked when the change lies in its name and tag, as it does
 * for a new tag.
 */
export function ChangedSide({
  value,
  other,
  side,
  image = false,
  wrap = false,
}: {
  value: string;
  other: string;
  side: 'base' | 'head';
  image?: boolean;
  wrap?: boolean;
}) {
  const t = useT(compareMessages);
  const { token } = theme.useToken();
  if (!value) return <Typography.Text type="secondary">{DASH}</Typography.Text>;
  const p = side === 'base' ? splitChange(value, other) : splitChange(other, value);
  const changed = side === 'base' ? p.base : p.head;
  const [Tag, colour, bg] =
    side === 'base'
      ? (['del', token.colorErrorText, token.colorErrorBg] as const)
      : (['ins', token.colorSuccessText, token.colorSuccessBg] as const);
  const marked = changed ? (
    <Tag style={{ textDecoration: 'none' }}>
      <mark style={{ background: bg, color: colour, padding: 0, fontWeight: 600 }}>{changed}</mark>
    </Tag>
  ) : null;
  const word = <span style={SR_ONLY}>{side === 'base' ? t('was') : ` ${t('now')}`} </span>;
  const { head } = splitImageRef(value);
  if (image && (!changed || p.prefix.length < head.length))
    return (
      <>
        {word}
        <ImageChip value={value} copy={false} />
      </>
    );
  if (image)
    return (
      <span className="zrc-image-chip">
        <code className="zrc-image-chip-ref" title={value}>
          {word}
          {head && <span className="zrc-image-chip-head">{head}</span>}
          <span className="zrc-image-chip-tail">
            {p.prefix.slice(head.length)}
            {marked}
            {p.suffix}
          </span>
        </code>
      </span>
    );
  return (
    <Typography.Text code style={wrap ? undefined : { whiteSpace: 'nowrap' }}>
      {word}
      {p.prefix}
      {marked}
      {p.suffix}
    </Typography.Text>
  );
}

/** `before → after` with the part that changed marked on each side; one value when both are equal. */
export function ChangedText({ before, after }: { before: string; after: string }) {
  if (before === after) return <Typography.Text code>{after || DASH}</Typography.Text>;
  return (
    <span style={{ wordBreak: 'break-all' }}>
      <ChangedSide value={before} other={after} side="base" wrap />
      <span aria-hidden> → </span>
      <ChangedSide value={after} other={before} side="head" wrap />
    </span>
  );
}

const KIND_COLOUR: Record<Exclude<ChangeKind, 'changed'>, string> = {
  new: 'success',
  removed: 'error',
  unchanged: 'default',
};

/** A service's or an image's change: new, removed, changed or unchanged. */
export function KindTag({ kind }: { kind: ChangeKind }) {
  const t = useT(compareMessages);
  const { token } = theme.useToken();
  if (kind === 'changed') {
    // The preset warning colours are too faint as text in the light theme; the text keeps its colour.
    return (
      <Tag
        style={{
          color: token.colorText,
          background: token.colorWarningBg,
          borderColor: token.colorWarningBorder,
        }}
      >
        {t('kind.changed')}
      </Tag>
    );
  }
  return <Tag color={KIND_COLOUR[kind]}>{t(`kind.${kind}`)}</Tag>;
}
