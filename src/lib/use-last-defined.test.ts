// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useLastDefined } from './use-last-defined';

describe('useLastDefined', () => {
  it('keeps the last defined value while the value is undefined (a read reset or re-keyed)', () => {
    const first = { versions: ['v1'] };
    const { result, rerender } = renderHook(({ value }) => useLastDefined(value), {
      initialProps: { value: undefined as { versions: string[] } | undefined },
    });
    expect(result.current).toBeUndefined();
    rerender({ value: first });
    expect(result.current).toBe(first);
    rerender({ value: undefined });
    expect(result.current).toBe(first);
    const second = { versions: ['v1', 'v2'] };
    rerender({ value: second });
    expect(result.current).toBe(second);
  });
});
