import { ArrowLeftOutlined, SwapOutlined } from '@ant-design/icons';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { Alert, Button, Skeleton, Typography } from 'antd';
import { useEffect, useMemo, type ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { ReleaseDetail } from '../../../api/model';
import { ErrorView } from '../../../components/api-error';
import { Panel } from '../../../components/panel';
import { useT } from '../../../i18n/i18n';
import { compareReleases, type ReleaseComparison } from '../../../lib/compare-releases';
import { paths } from '../../../lib/paths';
import { rememberProject } from '../shared/last-project';
import { releaseQueries, type PreviousRelease } from '../queries';
import {
  parseCompareParams,
  refOf,
  serializeCompareParams,
  type CompareSelection,
  type VersionPick,
} from '../shared/compare-url';
import { HeaderDifferences } from './header-differences';
import { MarkdownExport } from './markdown-export';
import { compareMessages } from './messages';
import { ServiceTable } from './service-table';
import { SideCard } from './side-card';
import { useNotesWords } from './use-notes-words';
import { VersionPicker } from './version-picker';

/** `/projects/:projectKey/compare?base=&head=`: what changed between two versions. */
export function ComparePage() {
  const { projectKey = '' } = useParams();
  return <CompareView key={projectKey} projectKey={projectKey} />;
}

const NONE: VersionPick = { name: '' };
const NO_TARGET = {
  id: '',
  name: '',
  type: '',
  source: '',
  status: '',
  labels: [],
  description: '',
  createdBy: '',
  createdAt: null,
};

function CompareView({ projectKey }: { projectKey: string }) {
  const t = useT(compareMessages);
  const [params, setParams] = useSearchParams();
  const selection = useMemo(() => parseCompareParams(params), [params]);
  const head = selection.head;
  const headQuery = useQuery({
    ...releaseQueries.detail(refOf(projectKey, head ?? NONE)),
    enabled: head !== null,
  });
  // Without a base, the last release before the compared one is preselected (lib/previous-release).
  // The head's own record says its type and time: the server is then asked for the candidates.
  const headRecord = head ? headQuery.data : undefined;
  const previous = useQuery({
    ...releaseQueries.previous(projectKey, headRecord ?? NO_TARGET),
    enabled: selection.base === null && headRecord !== undefined,
  });
  const found = previous.data?.version ?? null;
  const base: VersionPick | null = selection.base ?? (found ? { name: found.name, id: found.id } : null);
  const baseQuery = useQuery({
    ...releaseQueries.detail(refOf(projectKey, base ?? NONE)),
    enabled: base !== null,
  });

  useEffect(() => rememberProject(projectKey), [projectKey]);

  const choose = (next: CompareSelection) => setParams(serializeCompareParams(next));
  const baseData = base ? baseQuery.data : undefined;
  const headData = head ? headQuery.data : undefined;
  const comparison = useMemo(
    () => (baseData && headData ? compareReleases(baseData, headData) : null),
    [baseData, headData],
  );
  const helm = baseData?.type === 'HelmChart' || headData?.type === 'HelmChart';
  const loading = (base !== null && baseQuery.isPending) || (head !== null && headQuery.isPending);

  return (
    // Names from the server may be one long word: they wrap rather than push the page sideways.
    <article aria-labelledby="compare-title" style={{ overflowWrap: 'anywhere' }}>
      <CompareTitle projectKey={projectKey} base={base} head={head} />
      <Pickers projectKey={projectKey} base={base} head={head} onChoose={choose}>
        {comparison && base && head && (
          <MarkdownExport comparison={comparison} project={projectKey} base={base.name} head={head.name} />
        )}
      </Pickers>

      {head && !selection.base && (
        <PreviousNote
          head={head.name}
          previous={previous}
          waiting={previous.isLoading || headQuery.isPending}
        />
      )}
      {base && head && base.name === head.name && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('sameVersion')} />
      )}

      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))',
          gap: 12,
          marginBottom: 16,
        }}
      >
        {base && <Side projectKey={projectKey} side="base" pick={base} query={baseQuery} />}
        {head && <Side projectKey={projectKey} side="head" pick={head} query={headQuery} />}
      </div>

      {loading && (
        <div aria-busy="true" aria-label={t('loading')}>
          <Skeleton active paragraph={{ rows: 6 }} />
        </div>
      )}
      {comparison && base && head && (
        <ComparisonResult comparison={comparison} helm={helm} base={base.name} head={head.name} />
      )}
    </article>
  );
}

/** The two version pickers, the swap between them, and what acts on the comparison (its export). */
function Pickers(props: {
  projectKey: string;
  base: VersionPick | null;
  head: VersionPick | null;
  onChoose: (next: CompareSelection) => void;
  children: ReactNode;
}) {
  const { projectKey, base, head, onChoose: choose } = props;
  const t = useT(compareMessages);
  return (
    <div style={{ display: 'flex', gap: 12, alignItems: 'flex-end', flexWrap: 'wrap', marginBottom: 16 }}>
      <label style={{ display: 'grid', gap: 4 }}>
        <Typography.Text type="secondary">{t('base')}</Typography.Text>
        <VersionPicker
          projectKey={projectKey}
          label={t('base')}
          value={base}
          onChange={(pick) => choose({ base: pick, head })}
        />
      </label>
      <Button
        icon={<SwapOutlined aria-hidden />}
        aria-label={t('swap')}
        disabled={!base || !head}
        onClick={() => choose({ base: head, head: base })}
      >
        {t('swapShort')}
      </Button>
      <label style={{ display: 'grid', gap: 4 }}>
        <Typography.Text type="secondary">{t('head')}</Typography.Text>
        <VersionPicker
          projectKey={projectKey}
          label={t('head')}
          value={head}
          onChange={(pick) => choose({ base, head: pick })}
        />
      </label>
      <div style={{ flex: 1 }} />
      {props.children}
    </div>
  );
}

/** Without a base in the URL: the previous version found (or being looked for, or none). */
function PreviousNote({
  head,
  previous,
  waiting,
}: {
  head: string;
  previous: UseQueryResult<PreviousRelease>;
  waiting: boolean;
}) {
  const t = useT(compareMessages);
  const found = previous.data?.version ?? null;
  if (found)
    return (
      <Typography.Paragraph role="note">{t('autoBase', { base: found.name, head })}</Typography.Paragraph>
    );
  if (waiting)
    return <Typography.Paragraph role="status">{t('findingPrevious', { name: head })}</Typography.Paragraph>;
  if (previous.isError)
    return (
      <div style={{ marginBottom: 16 }}>
        <ErrorView
          variant="inline"
          error={previous.error}
          title={t('previousFailed', { name: head })}
          onRetry={() => void previous.refetch()}
        />
      </div>
    );
  if (!previous.data) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      title={t(previous.data.complete ? 'noPrevious' : 'noPreviousYet', { name: head })}
    />
  );
}

function Side(props: {
  projectKey: string;
  side: 'base' | 'head';
  pick: VersionPick;
  query: UseQueryResult<ReleaseDetail>;
}) {
  const { query } = props;
  return (
    <SideCard
      projectKey={props.projectKey}
      side={props.side}
      pick={props.pick}
      release={query.data}
      error={query.error}
      onRetry={() => void query.refetch()}
    />
  );
}

function CompareTitle(props: { projectKey: string; base: VersionPick | null; head: VersionPick | null }) {
  const { projectKey, base, head } = props;
  const t = useT(compareMessages);
  return (
    <>
      <Link to={paths.releases(projectKey)}>
        <ArrowLeftOutlined aria-hidden /> {t('back')}
      </Link>
      <Typography.Title level={1} id="compare-title" style={{ margin: '12px 0 4px', fontSize: 24 }}>
        {t('title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {base && head
          ? t('subtitle', { project: projectKey, base: base.name, head: head.name })
          : t('pickBoth')}
      </Typography.Paragraph>
    </>
  );
}

function ComparisonResult(props: {
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
