// @vitest-environment jsdom
/**
 * A lazy Select reads as the real one before it is built (a combobox of the same name showing the
 * chosen values), and becomes the real one, focused, as soon as the keyboard reaches it; a choice made
 * in it goes to `onChange`.
 */
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LazySelect } from './lazy-select';

afterEach(cleanup);

/** What antd's Select asks of the browser and jsdom lacks. */
function installDomShims() {
  window.matchMedia ??= (query: string) =>
    ({
      matches: false,
      media: query,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }) as unknown as MediaQueryList;
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}

const OPTIONS = [
  { value: 'failed', label: 'Failed' },
  { value: 'success', label: 'Success' },
];

describe('LazySelect', () => {
  it('shows the chosen values as a named combobox, then the real Select once focused', async () => {
    installDomShims();
    const onChange = vi.fn();
    const { container } = render(
      <LazySelect<string[]>
        mode="multiple"
        allowClear
        aria-label="Status"
        placeholder="Status"
        value={['failed']}
        options={OPTIONS}
        onChange={onChange}
      />,
    );
    expect(screen.getByRole('combobox', { name: 'Status' })).toBeTruthy();
    expect(screen.getByText('Failed')).toBeTruthy();
    // Not built yet: no antd Select's clear button.
    expect(container.querySelector('.ant-select-clear')).toBeNull();

    await userEvent.tab();
    const real = screen.getByRole('combobox', { name: 'Status' });
    expect(document.activeElement).toBe(real);
    expect(container.querySelector('.ant-select-clear')).not.toBeNull();

    await userEvent.click(real);
    const option = await screen.findByText('Success', { selector: '.ant-select-item-option-content' });
    await userEvent.click(option);
    expect(onChange).toHaveBeenCalledWith(['failed', 'success'], expect.anything());
  });
});
