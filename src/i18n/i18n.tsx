/**
 * A small typed i18n: each feature defines its own catalogue with `defineMessages` (so a lazily loaded
 * feature carries its own strings), and `useT(catalogue)` gives `t(key, vars)` in the current locale.
 */
import { rememberForServer, storeChoice, storedChoice } from '../lib/server-choice';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

export const LOCALES = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];

export type Catalogue<K extends string> = Record<Locale, Record<K, string>>;

/** Both languages must define the same keys; the type checker says which one is missing. */
export function defineMessages<const K extends string>(catalogue: {
  'zh-CN': Record<K, string>;
  'en-US': Record<NoInfer<K>, string>;
}): Catalogue<K> {
  return catalogue;
}

export type Vars = Record<string, string | number>;

/*
 * Plurals: ICU syntax chosen by `Intl.PluralRules`, with a formatter of a few lines instead of a
 * message-format library. Measured (esbuild --minify, gzip -9): intl-messageformat 12.1.5 is 9.6 KB
 * with its parser and 2.5 KB without it; this formatter is 0.35 KB. It runs on the first visit, whose
 * JS budget (e2e/quality/budget.spec.ts, 300 KB) had 0.4 KB left.
 */
const pluralRules = new Map<string, Intl.PluralRules>();
function pluralCategory(locale: string, n: number): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(n);
}

/** `{name}`, or `{name, plural, …}` whose body nests braces two deep (branches, and names in them). */
const GROUP = /\{(\w+)(?:\s*,\s*plural\s*,((?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*))?\}/g;
/** `one {# image}`, `=0 {no images}`: a selector and its text (which may hold `{name}`). */
const BRANCH = /(=?\w+)\s*\{((?:[^{}]|\{[^{}]*\})*)\}/g;

/**
 * Fills `{name}` placeholders, and plural groups `{count, plural, one {# image} other {# images}}` by the
 * locale's plural rules (`#` is the number; `=0 {…}` matches exactly). Unknown names stay as written.
 */
export function format(template: string, vars?: Vars, locale: string = 'en-US'): string {
  return template.replace(GROUP, (whole, name: string, body: string | undefined) => {
    if (!vars || !Object.hasOwn(vars, name)) return whole;
    if (body === undefined) return String(vars[name]);
    const n = Number(vars[name]);
    const branches = new Map([...body.matchAll(BRANCH)].map((m) => [m[1], m[2]] as const));
    const branch = branches.get(`=${n}`) ?? branches.get(pluralCategory(locale, n)) ?? branches.get('other');
    return format((branch ?? '').replace(/#/g, String(n)), vars, locale);
  });
}

export const LOCALE_STORAGE_KEY = 'zrc.locale' as const;

/** The language chosen in the app, if any. */
const storedLocale = () => storedChoice(LOCALE_STORAGE_KEY, LOCALES);

export function detectLocale(): Locale {
  const stored = storedLocale();
  if (stored) return stored;
  const languages = typeof navigator !== 'undefined' ? (navigator.languages ?? [navigator.language]) : [];
  return languages.some((l) => l?.toLowerCase().startsWith('zh')) ? 'zh-CN' : 'en-US';
}

interface LocaleState {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

const LocaleContext = createContext<LocaleState>({ locale: 'en-US', setLocale: () => undefined });

export function LocaleProvider({ children, initial }: { children: ReactNode; initial?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => initial ?? detectLocale());
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    storeChoice(LOCALE_STORAGE_KEY, next);
  }, []);
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  useEffect(() => {
    document.documentElement.lang = locale;
    // A chosen language, for the page the server renders; otherwise the server reads the browser's.
    if (storedLocale() === locale) rememberForServer(LOCALE_STORAGE_KEY, locale);
  }, [locale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleState {
  return useContext(LocaleContext);
}

export type Translate<K extends string> = (key: K, vars?: Vars) => string;

export function useT<K extends string>(catalogue: Catalogue<K>): Translate<K> {
  const { locale } = useLocale();
  return useCallback(
    (key: K, vars?: Vars) => format(catalogue[locale][key] ?? key, vars, locale),
    [catalogue, locale],
  );
}
