import { startTransition, useEffect, useState } from 'react';

/** How many items the first paint renders, and how many each later step adds. */
export const FIRST_BATCH = 12;
export const NEXT_BATCH = 40;

/**
 * How many of `total` items to render now: the first few at once, the rest a batch per task after the
 * first paint (as an interruptible transition). A version with 200 services shows its first services
 * at once instead of after all 200 panels are built; every panel is there a moment later.
 */
export function useProgressiveCount(total: number): number {
  const [count, setCount] = useState(FIRST_BATCH);
  useEffect(() => {
    if (count >= total) return;
    const timer = setTimeout(() => startTransition(() => setCount((c) => c + NEXT_BATCH)), 0);
    return () => clearTimeout(timer);
  }, [count, total]);
  return Math.min(count, total);
}
