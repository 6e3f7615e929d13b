// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { App as AntdApp } from 'antd';
import { useEffect } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LocaleProvider, type Locale } from '../../../i18n/i18n';
import { installDomShims } from '../testing/render-page';
import { DraftBanner } from './draft-banner';
import { emptyForm, emptyService, type WizardForm } from './form-model';
import { useDraft } from './use-draft';

/** Types into the rendered form's only service YAML. */
const typing: { setYaml: (yaml: string) => void } = { setYaml: () => undefined };

function Wizard() {
  const form = useForm<WizardForm>({
    defaultValues: { ...emptyForm('K8SYaml'), services: [emptyService('web')] },
  });
  useEffect(() => {
    typing.setYaml = (yaml) => form.setValue('services.0.yaml', yaml);
  }, [form]);
  return (
    <FormProvider {...form}>
      <Banner />
    </FormProvider>
  );
}

function Banner() {
  const draft = useDraft('p', 'services');
  return <DraftBanner draft={draft} onResumed={() => undefined} />;
}

function renderWizard(locale: Locale) {
  installDomShims();
  render(
    <LocaleProvider initial={locale}>
      <AntdApp>
        <Wizard />
      </AntdApp>
    </LocaleProvider>,
  );
}

describe('a draft the browser cannot keep', () => {
  beforeEach(() => {
    localStorage.clear();
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('says so when its YAML is too large, and the notice goes once it fits again', async () => {
    renderWizard('en-US');
    act(() => typing.setYaml('a: 1\n'.repeat(250_000)));
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(screen.getByRole('alert').textContent).toContain('over a million characters');
    expect(localStorage.getItem('zrc.create-draft.p')).toBeNull();

    act(() => typing.setYaml('a: 1\n'));
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(localStorage.getItem('zrc.create-draft.p')).toContain('a: 1');
  });

  it('says so in Chinese when the storage refuses it', async () => {
    renderWizard('zh-CN');
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    act(() => typing.setYaml('a: 1\n'));
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(screen.getByRole('alert').textContent).toContain('存储空间已满');
    setItem.mockRestore();
  });
});
