/**
 * A choice of the user's that the server also needs: the language and theme of the list page it renders
 * into the page it sends (server/page-render.ts), kept as a cookie beside the app's own copy.
 */
export function rememberForServer(name: 'zrc.locale' | 'zrc.theme', value: string): void {
  try {
    document.cookie = `${name}=${encodeURIComponent(value)}; path=/; max-age=31536000; samesite=lax`;
  } catch {
    // cookies unavailable: the server sends the plain page
  }
}
