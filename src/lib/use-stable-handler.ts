import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A handler whose identity never changes and that always runs the latest `handler`, so a memoised
 * child that receives it is not re-rendered for a new function on every render of its parent.
 */
export function useStableHandler<A extends unknown[], R>(handler: (...args: A) => R): (...args: A) => R {
  const latest = useRef(handler);
  useLayoutEffect(() => {
    latest.current = handler;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
