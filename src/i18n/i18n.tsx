/**
 * A small typed i18n: each feature defines its own catalogue with `defineMessages` (so a lazily loaded
 * feature carries its own strings), and `useT(catalogue)` gives `t(key, vars)` in the current locale.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

export const LOCALES = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];

export type Messages<K extends string> = Record<K, string>;
export interface Catalogue<K extends string> {
  'zh-CN': Messages<K>;
  'en-US': Messages<K>;
}

/** Both languages must define the same keys; the type checker says which one is missing. */
export function defineMessages<const K extends string>(catalogue: {
  'zh-CN': Record<K, string>;
  'en-US': Record<NoInfer<K>, string>;
}): Catalogue<K> {
  return catalogue;
}

export type Vars = Record<string, string | number>;

export function format(template: string, vars?: Vars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole,
  );
}

const STORAGE_KEY = 'zrc.locale';

export function detectLocale(): Locale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'zh-CN' || stored === 'en-US') return stored;
  } catch {
    // storage may be unavailable (privacy mode); fall through to the browser's language
  }
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
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // not remembered; still switched for this page
    }
  }, []);
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  useEffect(() => {
    document.documentElement.lang = locale;
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
    (key: K, vars?: Vars) => format(catalogue[locale][key] ?? key, vars),
    [catalogue, locale],
  );
}
