/** The list URL names a project the server does not have (or the token cannot see): say so, offer others. */
import type { Project } from '../../../api/model';
import { LinkButton } from '../../../components/link-button';
import { StatusPage } from '../../../components/status-page';
import { paths } from '../../../lib/paths';
import { Paragraph } from '../../../components/plain-text';
import { useT } from '../../../i18n/i18n';
import { sharedMessages } from './messages';

const SHOWN = 12;

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
        title={t('missing.title', { project: projectKey })}
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
