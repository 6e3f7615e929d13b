import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { Alert, Skeleton, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useT } from '../../../i18n/i18n';
import { compareReleases, type ReleaseComparison } from '../../../lib/compare-releases';
import { listPath } from '../shared/last-project';
import { ProjectMissing, useMissingProject } from '../shared/project-missing';
import { releaseQueries, versionQuery, type PreviousRelease } from '../queries';
import { useVersionStream } from '../use-version-stream';
import {
  parseCompareParams,
  refOf,
  serializeCompareParams,
  type CompareSelection,
  type VersionPick,
} from '../shared/compare-url';
import { HeaderDifferences } from './header-differences';
import { ServiceTable } from './service-table';
import { useNotesWords } from './use-notes-words';
import { Panel } from '../../../components/panel';
import { ErrorView, isNotFound } from '../../../components/api-error';
import { MarkdownExport } from './markdown-export';
import { compareMessages } from './messages';
import { SideCard } from './side-card';
import { Pickers, PICKER_SIZE } from './version-picker';

/** `/projects/:projectKey/compare?base=&head=`: what changed between two versions. */
export function ComparePage() {
  const { projectKey = '' } = useParams();
  return <CompareView key={projectKey} projectKey={projectKey} />;
}

const NONE: VersionPick = { name: '' };
const NO_TARGET = { name: '', type: '', status: '', createdAt: null };

const SIDES_STYLE = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))',
  gap: 12,
  marginBottom: 16,
} as const;

function CompareView({ projectKey }: { projectKey: string }) {
  const t = useT(compareMessages);
  const [params, setParams] = useSearchParams();
  const selection = useMemo(() => parseCompareParams(params), [params]);
  const head = selection.head;
  // Changes followed: a version deleted meanwhile is said on its side, and the pickers drop it.
  const poll = useVersionStream(projectKey);
  const headQuery = useQuery({
    ...releaseQueries.detail(refOf(projectKey, head ?? NONE), poll),
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
    ...releaseQueries.detail(refOf(projectKey, base ?? NONE), poll),
    enabled: base !== null,
  });

  const missing = useMissingCompareProject(projectKey, [headQuery.error, baseQuery.error]);

  const choose = (next: CompareSelection) => setParams(serializeCompareParams(next));
  const baseData = base ? baseQuery.data : undefined;
  const headData = head ? headQuery.data : undefined;
  const comparison = useMemo(
    () => (baseData && headData ? compareReleases(baseData, headData) : null),
    [baseData, headData],
  );
  const helm = baseData?.type === 'HelmChart' || headData?.type === 'HelmChart';
  const loading = (base !== null && baseQuery.isPending) || (head !== null && headQuery.isPending);

  // As on the list page: a project that does not exist is said so once, not as each version not found.
  if (missing) return <ProjectMissing projectKey={projectKey} projects={missing} />;
  if (missing === undefined) return <CompareLoading />;
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

      <div style={SIDES_STYLE}>
        {base && <SideCard projectKey={projectKey} side="base" pick={base} query={baseQuery} />}
        {head && <SideCard projectKey={projectKey} side="head" pick={head} query={headQuery} />}
      </div>

      {loading && <CompareLoading />}
      {comparison && base && head && (
        <ComparisonResult comparison={comparison} helm={helm} base={base.name} head={head.name} />
      )}
    </article>
  );
}

/**
 * The server's projects when the URL's project is not one of them (the list page's rule,
 * `isMissingProject`, on the pickers' own read of the versions, or a side's version not found, which
 * comes first on a cold open); null while it may exist, undefined while the projects are being read.
 */
function useMissingCompareProject(projectKey: string, sideErrors: unknown[]) {
  const versions = useQuery(releaseQueries.list(projectKey, versionQuery({ size: PICKER_SIZE })));
  const read = versions.isPlaceholderData ? undefined : versions.data;
  const empty = read !== undefined && read.total === 0 && read.progress.done;
  const error = versions.error ?? sideErrors.find(isNotFound) ?? null;
  return useMissingProject(projectKey, { empty, error });
}

function CompareLoading() {
  const t = useT(compareMessages);
  return (
    <div aria-busy="true" aria-label={t('loading')}>
      <Skeleton active paragraph={{ rows: 6 }} />
    </div>
  );
}

function CompareTitle(props: { projectKey: string; base: VersionPick | null; head: VersionPick | null }) {
  const { projectKey, base, head } = props;
  const t = useT(compareMessages);
  return (
    <>
      <Link to={listPath(projectKey)}>
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

/** What changed between two versions: the counts, then the header and the services side by side. */
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
