import { Typography } from 'antd';
import { useT } from '../../i18n/i18n';
import { yamlEditorMessages } from './messages';

/** Tab indents in the editor: how to leave it with the keyboard is said under it. */
export function KeysHint() {
  const t = useT(yamlEditorMessages);
  return (
    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginTop: 4 }}>
      {t('keys')}
    </Typography.Text>
  );
}
