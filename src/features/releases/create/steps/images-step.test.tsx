// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { App as AntdApp } from 'antd';
import { FormProvider, useForm } from 'react-hook-form';
import { afterEach, describe, expect, it } from 'vitest';
import { LocaleProvider, type Locale } from '../../../../i18n/i18n';
import { installDomShims } from '../../testing/render-page';
import { emptyForm, emptyImage, emptyService, type WizardForm, type WizardType } from '../form-model';
import { ImagesStep } from './images-step';

const registries = [
  { id: 'r', address: 'reg.example.com', provider: '', region: '', namespace: 'ns', isDefault: true },
];

function values(type: WizardType, source: WizardForm['source']): WizardForm {
  const images = ['api', 'worker'].map((c) => ({
    ...emptyImage(),
    containerName: c,
    imageName: c,
    sourceRepo: `dev.example.com/team/${c}`,
    sourceTag: 'b-7',
    targetTag: 'v2',
  }));
  return {
    ...emptyForm(type, 'r'),
    name: 'v2',
    source,
    envName: 'dev',
    services: [{ ...emptyService('shop'), images }],
  };
}

function Step({ initial }: { initial: WizardForm }) {
  const form = useForm<WizardForm>({ defaultValues: initial });
  return (
    <FormProvider {...form}>
      <ImagesStep registries={registries} chartRepoOptions={[]} pushed={new Map()} />
    </FormProvider>
  );
}

function renderStep(initial: WizardForm, locale: Locale = 'en-US') {
  installDomShims();
  render(
    <LocaleProvider initial={locale}>
      <AntdApp>
        <Step initial={initial} />
      </AntdApp>
    </LocaleProvider>,
  );
}

afterEach(cleanup);

// Each test renders antd's whole step: slow on a busy machine.
describe('Images step rows', { timeout: 120_000 }, () => {
  it('shows one compact row per image; target image and image name open on expand', () => {
    renderStep(values('K8SYaml', 'manual'));
    const rows = screen.getAllByRole('group', { name: /^Container of shop \// });
    expect(rows).toHaveLength(2);
    const api = rows[0]!;
    for (const field of ['Container', 'Source image', 'Source tag', 'Target tag', 'Push image'])
      expect(within(api).getByLabelText(`${field} of shop / api`)).toBeTruthy();
    expect(within(api).queryByLabelText('Target image of shop / api')).toBeNull();
    expect(within(api).queryByLabelText('Image name of shop / api')).toBeNull();
    const more = within(api).getByRole('button', { name: 'More fields of shop / api' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(within(api).getByLabelText('Target image of shop / api')).toBeTruthy();
    expect(within(api).getByLabelText('Image name of shop / api')).toBeTruthy();
  });

  it('puts the one-tag control beside the images heading, before the rows', () => {
    renderStep(values('K8SYaml', 'manual'));
    const heading = screen.getByRole('heading', { name: 'Images' });
    const tag = screen.getByLabelText('One tag for every image');
    const toolbar = heading.parentElement!.parentElement!;
    expect(toolbar.contains(tag)).toBe(true);
    expect(within(toolbar).queryAllByRole('group')).toHaveLength(0);
    const firstRow = screen.getAllByRole('group', { name: /^Container of shop \// })[0]!;
    expect(tag.compareDocumentPosition(firstRow) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('from an environment: source images are shown, not edited, and say where they come from', () => {
    renderStep(values('K8SYaml', 'from_env'));
    expect(screen.getByText(/^Source images come from environment dev/)).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Source image of shop / api' })).toBeNull();
    expect(screen.getByLabelText('Source image of shop / api').textContent).toBe(
      'dev.example.com/team/api:b-7',
    );
    expect(screen.getByRole('textbox', { name: 'Target tag of shop / api' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add image' })).toBeNull();
  });

  it('Helm manual: image paths are optional, with hints that read as hints (both languages)', () => {
    renderStep(values('HelmChart', 'manual'));
    fireEvent.click(screen.getByRole('button', { name: 'More fields of shop / api' }));
    const tag = screen.getByRole('textbox', { name: 'Tag path of shop / api' }) as HTMLInputElement;
    expect(tag.value).toBe('');
    expect(tag.placeholder).toBe('e.g. image.tag');
    expect(screen.getByText(/^Optional\./)).toBeTruthy();
    expect(screen.getByLabelText('Chart repository').getAttribute('aria-required')).not.toBe('true');
  });

  it('Helm manual: the hints read as hints in Chinese too', () => {
    renderStep(values('HelmChart', 'manual'), 'zh-CN');
    fireEvent.click(screen.getAllByRole('button', { name: /的更多字段$/ })[0]!);
    expect(
      (screen.getByRole('textbox', { name: 'shop / api 的tag 路径' }) as HTMLInputElement).placeholder,
    ).toBe('例如 image.tag');
  });
});
