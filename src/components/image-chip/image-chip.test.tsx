// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LocaleProvider } from '../../i18n/i18n';
import { ImageChip, splitImageRef } from './image-chip';

afterEach(cleanup);

const REF = 'harbor.demo.koderover.com:443/mall/order-service:hotfix-pay-timeout-1';

describe('image chip', () => {
  it('keeps the name and tag whole and lets the registry and namespace give way', () => {
    expect(splitImageRef(REF)).toEqual({
      head: 'harbor.demo.koderover.com:443/mall/',
      tail: 'order-service:hotfix-pay-timeout-1',
    });
    expect(splitImageRef('nginx:1.27')).toEqual({ head: '', tail: 'nginx:1.27' });
    expect(splitImageRef('r.io/a/b@sha256:abc')).toEqual({ head: 'r.io/a/', tail: 'b@sha256:abc' });
  });

  it.each([
    ['en-US', `Copy image ${REF}`],
    ['zh-CN', `复制镜像 ${REF}`],
  ] as const)('shows the full reference on hover and names it on the copy button (%s)', (locale, label) => {
    render(
      <LocaleProvider initial={locale}>
        <ImageChip value={REF} />
      </LocaleProvider>,
    );
    const ref = screen.getByTitle(REF);
    expect(ref.textContent).toBe(REF);
    // One element that never wraps: the chip is not broken into pieces.
    expect(ref.tagName).toBe('CODE');
    expect(screen.getByRole('button', { name: label })).toBeTruthy();
  });

  it('can leave the copy button out', () => {
    render(
      <LocaleProvider initial="en-US">
        <ImageChip value={REF} copy={false} />
      </LocaleProvider>,
    );
    expect(screen.queryByRole('button')).toBeNull();
  });
});
