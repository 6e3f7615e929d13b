import { Tag, Typography, theme } from 'antd';
import type { CSSProperties } from 'react';
import { commonMessages } from '../../../i18n/common';
import { useT } from '../../../i18n/i18n';
import type { HeaderDifference } from '../../../lib/compare-releases';
import { ChangedText } from './changed-text';
import { compareMessages } from './messages';
import { useNotesWords } from './use-notes-words';

/** The version fields that differ (type, environment, source, description, labels), base → compared. */
export function HeaderDifferences({
  differences,
  baseName,
  headName,
}: {
  differences: readonly HeaderDifference[];
  baseName: string;
  headName: string;
}) {
  const t = useT(compareMessages);
  const tc = useT(commonMessages);
  // The same words as the Markdown export's.
  const shown = useNotesWords().notes.value;
  const { token } = theme.useToken();
  if (differences.length === 0) return <Typography.Text type="secondary">{t('headerSame')}</Typography.Text>;
  const cell: CSSProperties = {
    padding: '6px 8px',
    borderBottom: `1px solid ${token.colorBorderSecondary}`,
    textAlign: 'start',
    verticalAlign: 'top',
    wordBreak: 'break-word',
  };
  return (
    <table
      aria-label={t('header')}
      style={{ width: '100%', borderCollapse: 'collapse', color: token.colorText }}
    >
      <thead>
        <tr>
          <th scope="col" style={{ ...cell, width: 140 }}>
            {t('field')}
          </th>
          <th scope="col" style={cell}>
            {baseName} → {headName}
          </th>
        </tr>
      </thead>
      <tbody>
        {differences.map((d) => (
          <tr key={d.field}>
            <th scope="row" style={{ ...cell, fontWeight: 600 }}>
              {t(`field.${d.field}`)}
            </th>
            <td style={cell}>
              {d.field === 'labels' ? (
                <span>
                  {(['added', 'removed'] as const).map((change) =>
                    d[change]?.map((l) => (
                      <Tag
                        key={`${change}${l}`}
                        color={change === 'added' ? 'success' : 'error'}
                        aria-label={tc('pair', { label: t(`labels.${change}`), value: l })}
                      >
                        {change === 'added' ? '+' : '−'} {l}
                      </Tag>
                    )),
                  )}
                </span>
              ) : (
                <ChangedText before={shown(d.field, d.base)} after={shown(d.field, d.head)} />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
