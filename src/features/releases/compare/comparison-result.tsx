/** What changed between two versions: the counts, then the header and the services side by side. */
import { Typography } from 'antd';
import { Panel } from '../../../components/panel';
import { useT } from '../../../i18n/i18n';
import type { ReleaseComparison } from '../../../lib/compare-releases';
import { HeaderDifferences } from './header-differences';
import { compareMessages } from './messages';
import { ServiceTable } from './service-table';
import { useNotesWords } from './use-notes-words';

export function ComparisonResult(props: {
  comparison: ReleaseComparison;
  helm: boolean;
  base: string;
  head: string;
}) {
  const { comparison, base, head } = props;
  const t = useT(compareMessages);
  const words = useNotesWords();
  return (
    <>
      <Typography.Paragraph role="status" style={{ fontSize: 16 }}>
        <strong>{words.summary(comparison.counts)}</strong>
      </Typography.Paragraph>
      <Panel title={t('header')}>
        <HeaderDifferences differences={comparison.header} baseName={base} headName={head} />
      </Panel>
      <Panel title={t('services')}>
        <ServiceTable services={comparison.services} helm={props.helm} baseName={base} headName={head} />
      </Panel>
    </>
  );
}
