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
import type { CreateRequest } from './to-create-request';
import type { DraftControl } from './use-draft';
import type { TargetSafety, HistoryReadings } from './use-target-safety';
import { encodeIssue } from './wizard-schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isOutage } from '../../../api/outage';
import type { ReleaseSummary } from '../../../api/model';
import { createHelmRelease, createK8sRelease } from '../../../api/releases';
import { getVersion } from '../../../api/versions';
import { releaseQueries } from '../queries';

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

export function useWizardSubmit(options: SubmitOptions) {
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
  // `checking`: the history is being read again before Create is sent.
  return { submit, checking };
}

/*
 * Where a server's 400 belongs in the form. Zadig and the sandbox name the field at the start of the
 * description (`services[0].images[1].target_image_tag: …`); request paths are mapped to form paths
 * (the request lists only the included services).
 */
const TOP: Record<string, FieldPath<WizardForm>> = {
  version_name: 'name',
  env_name: 'envName',
  original_version: 'baseName',
  original_version_name: 'baseName',
  desc: 'description',
  labels: 'labels',
  image_registry_id: 'registryId',
  chart_repo_name: 'chartRepo',
  original_chart_repo_name: 'baseName',
  services: 'services',
};
const SERVICE: Record<string, string> = {
  service_name: 'serviceName',
  chart_version: 'chartVersion',
  original_chart_version: 'originalChartVersion',
  yaml_content: 'yaml',
};
const IMAGE: Record<string, string> = {
  container_name: 'containerName',
  image_name: 'imageName',
  source_image: 'sourceRepo',
  source_image_tag: 'sourceTag',
  target_image: 'targetRepo',
  target_image_tag: 'targetTag',
  image_path: 'imagePath.image',
  push_image: 'push',
};

/**
 * The form field a server message names, with the message without its path; null when it names none.
 * `includedIndexes[i]` is the form index of the request's i-th service.
 */
export function fieldOfServerError(
  text: string,
  includedIndexes: readonly number[],
): { field: FieldPath<WizardForm>; message: string } | null {
  const m = /^\s*([a-z_]+)(?:\[(\d+)\](?:\.([a-z_]+)(?:\[(\d+)\](?:\.([a-z_]+))?)?)?)?\s*:\s*(.+)$/s.exec(
    text,
  );
  if (!m) return null;
  const [, top = '', si, sField, ii, iField, message = ''] = m;
  if (top !== 'services' || si === undefined) {
    const field = TOP[top];
    return field ? { field, message } : null;
  }
  const formIndex = includedIndexes[Number(si)];
  if (formIndex === undefined || !sField) return null;
  if (sField === 'images' && ii !== undefined && iField && IMAGE[iField]) {
    return {
      field: `services.${formIndex}.images.${Number(ii)}.${IMAGE[iField]}` as FieldPath<WizardForm>,
      message,
    };
  }
  const field = SERVICE[sField];
  return field ? { field: `services.${formIndex}.${field}` as FieldPath<WizardForm>, message } : null;
}

/**
 * True when the server says the base version (`?from=`, or the one chosen on Basics) no longer exists:
 * it was deleted after the wizard read it. The sandbox answers a 400 naming the field
 * (`original_version_name: version v1.9.2 does not exist in project p`); Zadig answers a 500 whose
 * description is `failed to get original version, projectKey: p, versionName: v1.9.2, error: mongo: no
 * documents in result` (koderover/zadig pkg/microservice/aslan/core/delivery/service/openapi.go,
 * OpenAPICreateK8SDeliveryVersion and OpenAPICreateHelmDeliveryVersion).
 */
export function isBaseVersionGone(text: string): boolean {
  return (
    /^\s*original_version(?:_name)?\s*:\s*version .+ does not exist in project /s.test(text) ||
    /failed to get original version\b.*no documents in result/is.test(text)
  );
}

/*
 * Sends the create request, then reads the new version by name from the console's server (the API
 * answers without an id). Owns its invalidation: every cached read of versions is marked stale, and the
 * pages opened next read afresh; the wizard's own reads are not read again while the user waits (the
 * wizard is left right after a create).
 *
 * A create whose answer was lost (no answer, a timeout, a gateway's 502/503) may have been made all the
 * same. The version is then looked up by name: when it exists with this request's description, it is
 * this create's, and the create counts as made (`recovered`). Else the error stands, and the name stays
 * this wizard's own: "Try again" that Zadig refuses as a taken name looks the version up again, instead
 * of asking for another name and creating the version twice.
 */
export interface CreateResult {
  name: string;
  /** The new version, or null when it is not listed yet (or the look-up failed). */
  found: ReleaseSummary | null;
  /** The create's answer was lost, and the version was found made. */
  recovered?: boolean;
}

export function useCreateRelease(projectKey: string) {
  const client = useQueryClient();
  // Names whose create's outcome is unknown: a later "taken" answer may be this wizard's own version.
  const unsure = useRef(new Set<string>());
  return useMutation<CreateResult, Error, CreateRequest>({
    mutationKey: ['releases', 'create', projectKey],
    mutationFn: async (request) => {
      const name = request.body.version_name;
      try {
        if (request.type === 'K8SYaml') await createK8sRelease(request.body);
        else await createHelmRelease(request.body);
      } catch (error) {
        // No answer (network, timeout, a gateway's 502/503): the create may have been made all the same.
        const unknown = isOutage(error);
        const takenAfterUnsure = unsure.current.has(name) && isApiError(error) && error.isDuplicateName;
        if (!unknown && !takenAfterUnsure) throw error;
        const found = await getVersion(projectKey, name).catch(() => null);
        if (found && found.description === (request.body.desc ?? '')) return { name, found, recovered: true };
        if (unknown) unsure.current.add(name);
        throw error;
      }
      // The version exists now; a failed look-up must not turn the create into an error.
      const found = await getVersion(projectKey, name).catch(() => null);
      return { name, found };
    },
    onSuccess: () =>
      client.invalidateQueries({ queryKey: releaseQueries.project(projectKey), refetchType: 'none' }),
    // The base version was deleted meanwhile: the project's versions are read again, so the wizard
    // (which stays open) no longer offers it.
    onError: (error) =>
      isApiError(error) && isBaseVersionGone(error.description || error.message)
        ? client.invalidateQueries({ queryKey: releaseQueries.project(projectKey) })
        : undefined,
  });
}
