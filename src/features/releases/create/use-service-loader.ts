/**
 * Fills the Services of the form when the user picks an environment or a base version: reads what is
 * needed (through the query cache) and writes the services in one go. The latest pick wins.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { Registry } from '../../../api/model';
import { projectQueries } from '../shared/project-queries';
import { releaseQueries } from '../queries';
import { useWizardForm, type WizardType } from './form-model';
import type { ChartHistory } from './history';
import { servicesFromEnv, servicesFromVersion } from './prefill';

export type LoadState =
  { status: 'idle' | 'loading' } | { status: 'error'; error: unknown; retry: () => void };

interface Options {
  projectKey: string;
  registries: readonly Registry[];
  history: ChartHistory | undefined;
}

const SET = { shouldDirty: true, shouldValidate: true, shouldTouch: false } as const;

export function useServiceLoader({ projectKey, registries, history }: Options) {
  const form = useWizardForm();
  const queryClient = useQueryClient();
  const [state, setState] = useState<LoadState>({ status: 'idle' });
  const seq = useRef(0);

  /** Runs `task` as the latest load; `task` is told whether it still is before it writes the form. */
  async function run(task: (latest: () => boolean) => Promise<void>, again: () => void) {
    const mine = ++seq.current;
    const latest = () => mine === seq.current;
    setState({ status: 'loading' });
    try {
      await task(latest);
      if (latest()) setState({ status: 'idle' });
    } catch (error) {
      if (latest()) setState({ status: 'error', error, retry: again });
    }
  }

  function loadFromEnv(envName: string, type: WizardType) {
    void run(
      async (latest) => {
        const env = await queryClient.fetchQuery(projectQueries.environment(projectKey, envName));
        const texts = await Promise.all(
          env.services.map((s) => {
            const ref = { projectKey, envName, serviceName: s.serviceName };
            return queryClient.fetchQuery(
              type === 'HelmChart' ? projectQueries.serviceValues(ref) : projectQueries.serviceYaml(ref),
            );
          }),
        );
        if (!latest()) return;
        const yamls = new Map(env.services.map((s, i) => [s.serviceName, texts[i] ?? '']));
        form.setValue('services', servicesFromEnv(env, yamls, type, history), SET);
      },
      () => loadFromEnv(envName, type),
    );
  }

  function loadFromVersion(id: string, name: string) {
    void run(
      async (latest) => {
        const base = await queryClient.fetchQuery(releaseQueries.detail({ projectKey, id, name }));
        if (!latest()) return;
        const registryId = registries.some((r) => r.id === base.imageRegistryId)
          ? base.imageRegistryId
          : form.getValues('registryId');
        form.setValue('baseName', base.name, SET);
        form.setValue('baseChartRepo', base.chartRepoName, SET);
        form.setValue('envName', base.envName, SET);
        form.setValue('production', base.production, SET);
        form.setValue('registryId', registryId, SET);
        if (base.chartRepoName && !form.getValues('chartRepo').trim())
          form.setValue('chartRepo', base.chartRepoName, SET);
        form.setValue('services', servicesFromVersion(base, registries, registryId, history), SET);
      },
      () => loadFromVersion(id, name),
    );
  }

  /** Forgets a pending load (e.g. the source changed). */
  function cancel() {
    seq.current++;
    setState({ status: 'idle' });
  }

  return { state, loadFromEnv, loadFromVersion, cancel };
}
