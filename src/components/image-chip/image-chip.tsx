/**
 * An image reference (`registry/namespace/name:tag`) as one chip that never breaks inside: when the
 * space is short, the registry and namespace give way first (an ellipsis in the middle), so the name
 * and tag stay readable. The full reference is in the chip's title (shown on hover) and a copy button
 * beside it puts it on the clipboard.
 */
import { CopyOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useT } from '../../i18n/i18n';
import { imageChipMessages } from './messages';
import './image-chip.css';

/** `harbor.example.com/mall/` and `storefront:v1.2.0`: the part that may shrink and the part kept. */
export function splitImageRef(ref: string): { head: string; tail: string } {
  // The tag's `:` or a digest's `@` comes after the last `/`; a port's `:` comes before it.
  const slash = ref.lastIndexOf('/');
  return { head: ref.slice(0, slash + 1), tail: ref.slice(slash + 1) };
}

/**
 * The reference cut where a line may break: after each `/`, before the tag's `:` or a digest's `@`
 * (`harbor.example.com/`, `mall/`, `storefront`, `:v1.2.0`).
 */
export function breakPoints(ref: string): string[] {
  const { head, tail } = splitImageRef(ref);
  const parts = head.split(/(?<=\/)/).filter(Boolean);
  const at = tail.search(/[:@]/);
  return at > 0 ? [...parts, tail.slice(0, at), tail.slice(at)] : [...parts, tail];
}

/**
 * `wrap`: the whole reference, on several lines where space is short, broken only where a reference
 * has a natural seam — never cut, so it can never read as another image (tables of images).
 */
export function ImageChip({
  value,
  copy = true,
  wrap = false,
}: {
  value: string;
  copy?: boolean;
  wrap?: boolean;
}) {
  const t = useT(imageChipMessages);
  const { message } = App.useApp();
  const { head, tail } = splitImageRef(value);
  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      void message.success(t('copied', { image: value }));
    } catch {
      void message.error(t('copyFailed'));
    }
  };
  return (
    <span className={wrap ? 'zrc-image-chip zrc-image-chip-wrap' : 'zrc-image-chip'}>
      {wrap ? (
        <code className="zrc-image-chip-ref" title={value}>
          {breakPoints(value).map((part, i) => (
            <span key={i}>
              {i > 0 && <wbr />}
              {part}
            </span>
          ))}
        </code>
      ) : (
        <code className="zrc-image-chip-ref" title={value}>
          {head && <span className="zrc-image-chip-head">{head}</span>}
          <span className="zrc-image-chip-tail">{tail}</span>
        </code>
      )}
      {copy && (
        <Button
          type="text"
          size="small"
          className="zrc-image-chip-copy"
          icon={<CopyOutlined aria-hidden />}
          aria-label={t('copy', { image: value })}
          title={t('copy', { image: value })}
          onClick={() => void onCopy()}
        />
      )}
    </span>
  );
}
