import { useQuery } from '@tanstack/react-query';
import { Empty, Skeleton, Typography, theme } from 'antd';
import { Link, useNavigate } from 'react-router';
import { ErrorView } from '../components/api-error';
import { projectQueries } from '../features/releases/shared/project-queries';
import { useT } from '../i18n/i18n';
import { paths } from '../lib/paths';
import { shellMessages } from './messages';
import { ProjectKeyInput } from './project-picker';

/** `/` without a last project: the projects to choose from (or a key to type when they cannot be listed). */
export default function ProjectChooser() {
  const t = useT(shellMessages);
  const navigate = useNavigate();
  const { token } = theme.useToken();
  const projects = useQuery(projectQueries.list());
  const open = (key: string) => void navigate(paths.releases(key));

  let body;
  if (projects.isPending) {
    body = <Skeleton active paragraph={{ rows: 4 }} />;
  } else if (projects.isError) {
    body = (
      <>
        <ErrorView variant="inline" error={projects.error} onRetry={() => void projects.refetch()} />
        <Typography.Paragraph style={{ marginTop: 16 }}>{t('home.refused')}</Typography.Paragraph>
        <ProjectKeyInput current={undefined} onOpen={open} width={280} />
      </>
    );
  } else if (projects.data.length === 0) {
    body = (
      <>
        <Empty description={t('home.empty')} />
        <ProjectKeyInput current={undefined} onOpen={open} width={280} />
      </>
    );
  } else {
    body = (
      <ul aria-label={t('home.title')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {projects.data.map((project) => (
          <li
            key={project.key}
            style={{ padding: '12px 0', borderTop: `1px solid ${token.colorBorderSecondary}` }}
          >
            <Link to={paths.releases(project.key)} style={{ fontSize: 16, fontWeight: 500 }}>
              {project.name || project.key}
            </Link>
            <div>
              <Typography.Text code>{project.key}</Typography.Text>{' '}
              <Typography.Text type="secondary">
                {project.deployType && t('home.deployType', { type: project.deployType })}
              </Typography.Text>
            </div>
            {project.description && <Typography.Text type="secondary">{project.description}</Typography.Text>}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <div
      style={{
        maxWidth: 720,
        margin: '24px auto',
        padding: 24,
        background: token.colorBgContainer,
        border: `1px solid ${token.colorBorderSecondary}`,
        borderRadius: token.borderRadiusLG,
      }}
    >
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('home.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('home.text')}</Typography.Paragraph>
      {body}
    </div>
  );
}
