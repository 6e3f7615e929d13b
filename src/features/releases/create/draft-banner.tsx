import { Alert, App, Button, Space } from 'antd';
import { Link } from 'react-router';
import { TimeText } from '../../../components/time-text';
import { useT } from '../../../i18n/i18n';
import type { CreatedHere, Draft } from './draft-storage';
import { paths } from '../../../lib/paths';
import { createMessages } from './messages';
import type { DraftControl } from './use-draft';

/**
 * The draft notices above the wizard. One draft per project and tab: the newest stored draft is offered
 * back (Resume or Discard, or type in the fresh form: that replaces this tab's own draft, as the offer
 * says, and keeps another tab's); once replaced by typing, a quiet note says so and can bring the
 * earlier draft back.
 */
export function DraftBanner({ draft, onResumed }: { draft: DraftControl; onResumed: (d: Draft) => void }) {
  const t = useT(createMessages);
  const { message } = App.useApp();
  const resume = () => {
    const resumed = draft.resume();
    if (resumed) {
      onResumed(resumed);
      void message.info(t('draft.resumed'));
    }
  };
  const nameOf = (d: Draft) => d.values.name.trim() || t('draft.unnamed');
  const notKept = draft.notKept && <NotKept why={draft.notKept} />;

  if (draft.offer) {
    return (
      <Alert
        type="warning"
        showIcon
        role="region"
        aria-label={t('draft.title')}
        style={{ marginBottom: 16 }}
        title={t('draft.title')}
        description={
          <>
            <div>
              {t('draft.text')} <TimeText value={draft.offer.savedAt} /> ·{' '}
              {t('draft.name', { name: nameOf(draft.offer) })}
            </div>
            <div>{t(draft.offerIsOthers ? 'othersHint' : 'replaceHint')}</div>
          </>
        }
        action={
          <Space>
            <Button type="primary" size="small" onClick={resume}>
              {t('draft.resume')}
            </Button>
            <Button size="small" onClick={draft.discard}>
              {t('draft.discard')}
            </Button>
          </Space>
        }
      />
    );
  }
  if (draft.replaced) {
    return (
      <>
        {notKept}
        <Alert
          type="info"
          showIcon
          role="region"
          aria-label={t('replaced.title')}
          style={{ marginBottom: 16 }}
          title={t('replaced.title')}
          description={
            <>
              <div>
                {t('replaced.text', { name: nameOf(draft.replaced) })}{' '}
                <TimeText value={draft.replaced.savedAt} />
                {t('replaced.textEnd')}
              </div>
              <div>{t('replaced.restoreHint')}</div>
            </>
          }
          action={
            <Button size="small" onClick={resume}>
              {t('replaced.restore')}
            </Button>
          }
          closable={{ onClose: draft.dismissReplaced, 'aria-label': t('replaced.dismiss') }}
        />
      </>
    );
  }
  return notKept || null;
}

/** Why the latest values could not be kept in the browser. */
function NotKept({ why }: { why: 'tooLarge' | 'storage' }) {
  const t = useT(createMessages);
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      title={t('notKept.title')}
      description={t(why === 'tooLarge' ? 'notKept.tooLarge' : 'notKept.storage')}
    />
  );
}

/** Back into the wizard after this tab created a version: it was created, and the form is a new one. */
export function CreatedNote({ projectKey, created }: { projectKey: string; created: CreatedHere }) {
  const t = useT(createMessages);
  const to = created.id
    ? paths.release(projectKey, created.id, new URLSearchParams({ name: created.name }))
    : paths.releases(projectKey, new URLSearchParams({ q: created.name }));
  return (
    <Alert
      type="success"
      showIcon
      role="status"
      style={{ marginBottom: 16 }}
      title={t('created.title', { name: created.name })}
      description={t('created.text')}
      action={<Link to={to}>{t('created.open', { name: created.name })}</Link>}
    />
  );
}
