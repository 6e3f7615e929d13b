/**
 * The language and theme a browser's app will start in (`detectLocale`, `detectTheme` in src/), as the
 * server can tell them from a page request: the app's choices, which it keeps as cookies beside its own
 * copies (src/lib/server-choice.ts), else what the browser says of itself.
 */
import type { FastifyRequest } from 'fastify';
import { choiceCookieName, type ChoiceName } from '../src/lib/server-choice';
import type { ListRender } from '../src/server-render/contract';

export const THEME_HINT = 'Sec-CH-Prefers-Color-Scheme';

/** This console's cookie `name` (its port's: cookies are shared by every port of a host). */
function choice(req: FastifyRequest, name: ChoiceName): string | undefined {
  const port = /:(\d+)$/.exec(req.headers.host ?? '')?.[1] ?? '';
  const wanted = choiceCookieName(name, port);
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === wanted) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/**
 * - the language: the one chosen in the app, else Chinese when the browser reads any (Accept-Language);
 * - the theme: the one chosen in the app, else the browser's colour-scheme client hint (Chromium-based
 *   browsers send it over HTTPS or to localhost, once asked), else the system's as the app last found it;
 * null when the theme is not known.
 */
export function pagePrefs(req: FastifyRequest): Pick<ListRender, 'locale' | 'theme'> | null {
  const chosenLocale = choice(req, 'zrc.locale');
  const languages = String(req.headers['accept-language'] ?? '')
    .split(',')
    .map((part) => part.split(';')[0]!.trim().toLowerCase());
  const locale =
    chosenLocale === 'zh-CN' || chosenLocale === 'en-US'
      ? chosenLocale
      : languages.some((l) => l.startsWith('zh'))
        ? 'zh-CN'
        : 'en-US';
  const themeCookie = choice(req, 'zrc.theme') ?? '';
  const hint = String(req.headers[THEME_HINT.toLowerCase()] ?? '').replace(/"/g, '');
  const lastSystem = /^system-(light|dark)$/.exec(themeCookie)?.[1];
  const theme = themeCookie === 'light' || themeCookie === 'dark' ? themeCookie : hint || lastSystem;
  if (theme !== 'light' && theme !== 'dark') return null;
  return { locale, theme };
}
