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

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralCategory(locale: string, n: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(n);
}

/** The end of the `{…}` group opening at `open` (balanced braces), or -1. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** `one {# image} other {# images}` → the branches by category (`=0` exact matches too). */
function pluralBranches(body: string): Map<string, string> {
  const out = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    const open = body.indexOf('{', i);
    if (open < 0) break;
    const selector = body.slice(i, open).trim();
    const close = closingBrace(body, open);
    if (close < 0) break;
    out.set(selector, body.slice(open + 1, close));
    i = close + 1;
  }
  return out;
}

/**
 * Fills `{name}` placeholders, and plural groups `{count, plural, one {# image} other {# images}}` by the
 * locale's plural rules (`#` is the number; `=0 {…}` matches exactly).
 */
export function format(template: string, vars?: Vars, locale: string = 'en-US'): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) break;
    out += template.slice(i, open);
    const close = closingBrace(template, open);
    if (close < 0) {
      i = open;
      break;
    }
    const inner = template.slice(open + 1, close);
    const plural = /^(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(inner);
    const name = plural ? plural[1]! : inner;
    const has = vars !== undefined && Object.prototype.hasOwnProperty.call(vars, name);
    if (plural && has) {
      const n = Number(vars[name]);
      const branches = pluralBranches(plural[2]!);
      const branch =
        branches.get(`=${n}`) ?? branches.get(pluralCategory(locale, n)) ?? branches.get('other');
      out += format((branch ?? '').replace(/#/g, String(n)), vars, locale);
    } else if (/^\w+$/.test(name) && has) {
      out += String(vars[name]);
    } else {
      out += template.slice(open, close + 1);
    }
    i = close + 1;
  }
  return out + template.slice(i);
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
    (key: K, vars?: Vars) => format(catalogue[locale][key] ?? key, vars, locale),
    [catalogue, locale],
  );
}
