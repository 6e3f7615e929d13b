/**
 * Pointing at a link (or focusing it) is a likely visit: the app registers what to fetch ahead for an
 * address (the page's code, see `app/page-modules.ts`), and links spread `warmOnIntent(to)` on
 * themselves. Without a registration (component tests), nothing happens.
 */
let warmer: ((to: string) => void) | null = null;

export function setIntentWarmer(warm: ((to: string) => void) | null): void {
  warmer = warm;
}

export function warmOnIntent(to: string) {
  const warm = () => warmer?.(to);
  return { onPointerEnter: warm, onFocus: warm };
}
