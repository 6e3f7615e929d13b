// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LocaleProvider } from '../../../i18n/i18n';
import { ValuesKeys } from './values-keys';

afterEach(cleanup);

function show(imagePath: Parameters<typeof ValuesKeys>[0]['imagePath'], locale: 'en-US' | 'zh-CN' = 'en-US') {
  render(
    <LocaleProvider initial={locale}>
      <ValuesKeys targetImage="harbor.example.com/mall/order:v2" imagePath={imagePath} imageName="order" />
    </LocaleProvider>,
  );
}

describe('Helm values keys', () => {
  it('shows each key with the part of the target image written there', () => {
    show({ image: 'image.repository', tag: 'image.tag' });
    const list = screen.getByRole('list', { name: 'Values keys order is written to' });
    const items = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual(['image.repository = harbor.example.com/mall/order', 'image.tag = v2']);
  });

  it('shows the whole reference for a single key, and says when no key is set', () => {
    show({ image: 'image' });
    expect(screen.getByRole('listitem').textContent).toBe('image = harbor.example.com/mall/order:v2');
    cleanup();
    show(null, 'zh-CN');
    expect(screen.getByText('未设置 values 键：Zadig 不会把这个镜像写入 values。')).toBeTruthy();
  });
});
