// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { App as AntdApp } from 'antd';
import { FormProvider, useForm } from 'react-hook-form';
import { afterEach, describe, expect, it } from 'vitest';
import { LocaleProvider, type Locale } from '../../../../i18n/i18n';
import { installDomShims } from '../../testing/render-page';
import { emptyForm, type WizardForm } from '../form-model';
import { serviceFromTemplate } from '../prefill';
import { ImagesStep } from './images-step';

const registries = [
  { id: 'r', address: 'reg.example.com', provider: '', region: '', namespace: 'ns', isDefault: true },
];

/** A manual version with a service from a template whose image has no tag: the wizard fills in `latest`. */
function fromTemplate(): WizardForm {
  const service = serviceFromTemplate(
    {
      serviceName: 'shop',
      source: 'spock',
      type: 'k8s',
      containers: [{ name: 'api', image: 'dev.example.com/team/api', imageName: 'api' }],
    },
    'K8SYaml',
  );
  return { ...emptyForm('K8SYaml', 'r'), name: 'v2', source: 'manual', services: [service] };
}

function Step({ initial }: { initial: WizardForm }) {
  const form = useForm<WizardForm>({ defaultValues: initial });
  return (
    <FormProvider {...form}>
      <ImagesStep registries={registries} chartRepoOptions={[]} pushed={new Map()} />
    </FormProvider>
  );
}

function renderStep(locale: Locale) {
  installDomShims();
  render(
    <LocaleProvider initial={locale}>
      <AntdApp>
        <Step initial={fromTemplate()} />
      </AntdApp>
    </LocaleProvider>,
  );
  return screen.getAllByRole('group', { name: /shop \/ api/ })[0]!;
}

afterEach(cleanup);

describe('a source tag of latest', { timeout: 120_000 }, () => {
  it.each([
    ['en-US', 'Source tag of shop / api', /The tag latest moves with every push.*Use a fixed tag/],
    ['zh-CN', 'shop / api 的源 tag', /tag latest 会随每次推送而改变.*建议填写固定的 tag/],
  ] as const)(
    'is pre-filled from the template with a hint to use a fixed tag (%s)',
    (locale, label, hint) => {
      const row = renderStep(locale);
      const tag = within(row).getByLabelText(label) as HTMLInputElement;
      expect(tag.value).toBe('latest');
      expect(within(row).getByRole('note').textContent).toMatch(hint);

      fireEvent.change(tag, { target: { value: '1.4.2' } });
      expect(within(row).queryByRole('note')).toBeNull();
    },
  );
});
