import { Button } from 'antd';
import { StatusPage } from '../components/status-page';
import { LinkButton } from '../components/link-button';
import { useT } from '../i18n/i18n';
import { paths } from '../lib/paths';
import { shellMessages } from './messages';

/** Any path the app does not know. */
export function NotFoundPage() {
  const t = useT(shellMessages);
  return (
    <StatusPage
      icon="not-found"
      title={t('notFound.title')}
      extra={
        <LinkButton type="primary" to={paths.home}>
          {t('notFound.home')}
        </LinkButton>
      }
    >
      {t('notFound.text')}
    </StatusPage>
  );
}

/** A page that failed to load or render (e.g. its code could not be fetched after an update). */
export function RouteErrorPage() {
  const t = useT(shellMessages);
  return (
    <div role="alert">
      <StatusPage
        icon="error"
        title={t('routeError.title')}
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            {t('routeError.reload')}
          </Button>
        }
      >
        {t('routeError.text')}
      </StatusPage>
    </div>
  );
}
