import { Tag, theme } from 'antd';
import { useT } from '../../../i18n/i18n';
import type { ChangeKind } from '../../../lib/compare-releases';
import { compareMessages } from './messages';

const KIND_COLOUR: Record<Exclude<ChangeKind, 'changed'>, string> = {
  new: 'success',
  removed: 'error',
  unchanged: 'default',
};

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
