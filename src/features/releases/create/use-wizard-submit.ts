/**
 * Create, sent once: blocked while a step has a problem, the request breaks the wire rules or an
 * overwrite is not confirmed. The project's history is read again first: a chart version or target
 * image another version pushed meanwhile stops it on Review, where the warning now names it. On success
 * the draft is forgotten and the new version opened; a name Zadig refuses as taken, or a base version it
 * no longer has, sends the user back to that field; Zadig's description of a bad request is shown beside
 * the field it names.
 */
import { App } from 'antd';
import { useRef, useState } from 'react';
import type { FieldPath } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { isApiError } from '../../../api/errors';
import { useT } from '../../../i18n/i18n';
import { paths } from '../../../lib/paths';
import { SERVER_PREFIX } from './field-container';
import { includedServices, useWizardForm, type WizardForm, type WizardStep } from './form-model';
import { createMessages } from './messages';
import { fieldOfServerError, isBaseVersionGone } from './server-error-field';
import type { CreateRequest } from './to-create-request';
import type { useCreateRelease } from './use-create-release';
import type { DraftControl } from './use-draft';
import type { TargetSafety } from './use-target-safety';
import { encodeIssue } from './wizard-schema';
import type { HistoryReadings } from './pushed-targets';

interface SubmitOptions {
  projectKey: string;
  create: ReturnType<typeof useCreateRelease>;
  request: CreateRequest;
  /** Why Create cannot be sent now (a step's problem, the request's, an unconfirmed overwrite). */
  blocked: boolean;
  draft: DraftControl;
  goTo: (step: WizardStep, focus?: FieldPath<WizardForm>) => void;
  /** Zadig refused the name as taken: it counts as taken from now on. */
  onNameRefused: (name: string) => void;
  /** Reads the history again (`useHistoryRecheck`). */
  recheck: () => Promise<HistoryReadings>;
  safety: Pick<TargetSafety, 'allows'>;
}

export interface WizardSubmit {
  submit: () => void;
  /** The history is being read again before Create is sent. */
  checking: boolean;
}

export function useWizardSubmit(options: SubmitOptions): WizardSubmit {
  const { projectKey, create, request, blocked, draft, goTo, onNameRefused, recheck, safety } = options;
  const t = useT(createMessages);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const form = useWizardForm();
  const sending = useRef(false);
  const [checking, setChecking] = useState(false);

  const send = () =>
    create.mutate(request, {
      onSuccess: ({ name, found, recovered }) => {
        draft.finish({ name, id: found?.id || null });
        // Without an id (not in the console's index yet) there is no address to open: the list is.
        if (found?.id) {
          void message.success(t(recovered ? 'create.recovered' : 'create.success', { name }));
          void navigate(paths.release(projectKey, found.id, new URLSearchParams({ name })));
        } else {
          void message.warning(t('create.notFound', { name }));
          void navigate(paths.releases(projectKey));
        }
      },
      onError: (error) => {
        sending.current = false;
        if (isApiError(error) && error.isDuplicateName) {
          onNameRefused(request.body.version_name);
          form.setError('name', { type: 'server', message: 'nameTaken' }, { shouldFocus: false });
          goTo('basics', 'name');
          return;
        }
        if (isApiError(error) && isBaseVersionGone(error.description || error.message)) {
          const version = form.getValues('baseName').trim();
          form.setError('baseName', { type: 'server', message: encodeIssue('baseGone', { version }) });
          goTo('basics', 'baseName');
          return;
        }
        if (isApiError(error) && error.kind === 'bad-request') {
          const included = includedServices(form.getValues()).map(({ index }) => index);
          const target = fieldOfServerError(error.description || error.message, included);
          if (target)
            form.setError(target.field, { type: 'server', message: `${SERVER_PREFIX}${target.message}` });
        }
      },
    });
  const submit = () => {
    if (sending.current || create.isPending || create.isSuccess || blocked) return;
    sending.current = true;
    setChecking(true);
    void recheck().then((readings) => {
      setChecking(false);
      // Something new to confirm is not sent: Review shows it (the page shares the reads just made).
      if (safety.allows(readings)) send();
      else sending.current = false;
    });
  };
  return { submit, checking };
}
