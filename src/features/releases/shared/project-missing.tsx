/** The list URL names a project the server does not have (or the token cannot see): say so, offer others. */
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Project } from '../../../api/model';
import { isNotFound } from '../../../components/api-error';
import { LinkButton } from '../../../components/link-button';
import { StatusPage } from '../../../components/status-page';
import { paths } from '../../../lib/paths';
import { Paragraph } from '../../../components/plain-text';
import { useT } from '../../../i18n/i18n';
import { forgetProject, rememberProject } from './last-project';
import { sharedMessages } from './messages';
import { projectQueries } from './project-queries';

const SHOWN = 12;

/**
 * A project the server does not list is missing when its versions say so: none (Zadig lists an unknown
 * project as empty) or a 404 (the console server's answer for a project it does not have).
 */
export function isMissingProject(
  projects: readonly Project[] | undefined,
  projectKey: string,
  versions: { empty: boolean; error: unknown },
): boolean {
  if (!projects || projects.some((p) => p.key === projectKey)) return false;
  return versions.empty || isNotFound(versions.error);
}

/**
 * The server's projects when `projectKey` is missing (`isMissingProject`); null while it may exist;
 * undefined while the versions look missing (none, or a 404) and the projects are still being read, so
 * that a page does not say "no versions" or "version not found" a moment before "no such project".
 * Remembers the project for `/` to reopen, never one that does not exist.
 */
export function useMissingProject(
  projectKey: string,
  versions: { empty: boolean; error: unknown },
): readonly Project[] | null | undefined {
  const projects = useQuery(projectQueries.list());
  const missing = isMissingProject(projects.data, projectKey, versions);
  useEffect(() => (missing ? forgetProject(projectKey) : rememberProject(projectKey)), [missing, projectKey]);
  if (projects.isPending && (versions.empty || isNotFound(versions.error))) return undefined;
  return missing ? (projects.data ?? []) : null;
}

export function ProjectMissing({
  projectKey,
  projects,
}: {
  projectKey: string;
  projects: readonly Project[];
}) {
  const t = useT(sharedMessages);
  return (
    <div role="alert">
      <StatusPage
        icon="not-found"
        title={projectKey.trim() ? t('missing.title', { project: projectKey }) : t('missing.blank')}
        extra={
          <nav aria-label={t('missing.choose')} style={{ width: '100%' }}>
            <Paragraph type="secondary">{t('missing.choose')}</Paragraph>
            <div style={{ display: 'flex', gap: 8, justifyContent: 'center', flexWrap: 'wrap' }}>
              {projects.slice(0, SHOWN).map((p) => (
                <LinkButton key={p.key} to={paths.releases(p.key)}>
                  {p.name && p.name !== p.key ? `${p.name} (${p.key})` : p.key}
                </LinkButton>
              ))}
              {projects.length > SHOWN && <LinkButton to={paths.home}>{t('missing.all')}</LinkButton>}
            </div>
          </nav>
        }
      >
        {t('missing.text')}
      </StatusPage>
    </div>
  );
}
