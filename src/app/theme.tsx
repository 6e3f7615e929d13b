import { App as AntdApp, ConfigProvider, theme as antdTheme, type ThemeConfig } from 'antd';
import type { Locale as AntdLocale } from 'antd/es/locale';
// antd's own default (bundled with ConfigProvider anyway); Chinese loads only for who reads it.
import enUS from 'antd/es/locale/en_US';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLocale, type Locale } from '../i18n/i18n';
import { ACCESSIBLE_THEME } from './accessible-tokens';
import { loadModule } from '../lib/retrying-import';
import { rememberForServer, storeChoice, storedChoice } from '../lib/server-choice';

export type ThemeMode = 'light' | 'dark';
const STORAGE_KEY = 'zrc.theme' as const;

/** The theme chosen in the app, if any. */
const storedTheme = () => storedChoice(STORAGE_KEY, ['light', 'dark'] as const);

function detectTheme(): ThemeMode {
  const stored = storedTheme();
  if (stored) return stored;
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches
    ? 'dark'
    : 'light';
}

const ThemeContext = createContext<{ mode: ThemeMode; setMode: (mode: ThemeMode) => void }>({
  mode: 'light',
  setMode: () => undefined,
});

export function ThemeProvider({ children, initial }: { children: ReactNode; initial?: ThemeMode }) {
  const [mode, setModeState] = useState<ThemeMode>(() => initial ?? detectTheme());
  const setMode = useCallback((next: ThemeMode) => {
    setModeState(next);
    storeChoice(STORAGE_KEY, next);
  }, []);
  const value = useMemo(() => ({ mode, setMode }), [mode, setMode]);
  useEffect(() => {
    document.documentElement.dataset.theme = mode;
    document.documentElement.style.colorScheme = mode;
    // For the page the server renders: a chosen theme, or the system's as the app last found it (the
    // server prefers the browser's word on the system's theme, which browsers send over HTTPS only).
    rememberForServer(STORAGE_KEY, storedTheme() === mode ? mode : `system-${mode}`);
  }, [mode]);
  return <ThemeContext.Provider value={value}>{children}</ThemeContext.Provider>;
}

export function useThemeMode() {
  return useContext(ThemeContext);
}

const antdLocales: Partial<Record<Locale, AntdLocale>> = { 'en-US': enUS };

/** Loads antd's texts for a language (once); the app awaits the first language's before it renders. */
export async function loadAntdLocale(locale: Locale): Promise<void> {
  if (locale === 'zh-CN' && !antdLocales[locale]) {
    antdLocales[locale] = (await loadModule(() => import('antd/es/locale/zh_CN'))).default;
  }
}

/** antd's texts in `locale`, once loaded (the previous language's until then: a moment, once). */
function useAntdLocale(locale: Locale): AntdLocale {
  const [shown, setShown] = useState<Locale>(() => (antdLocales[locale] ? locale : 'en-US'));
  useEffect(() => {
    let current = true;
    void loadAntdLocale(locale).then(() => {
      if (current) setShown(locale);
    });
    return () => {
      current = false;
    };
  }, [locale]);
  return antdLocales[locale] ?? antdLocales[shown] ?? enUS;
}

/*
 * Built once per mode: a new theme object at each render makes antd work out its tokens again (and
 * re-render every component that reads them).
 */
const ANTD_THEMES: Record<ThemeMode, ThemeConfig> = {
  light: { zeroRuntime: true, algorithm: antdTheme.defaultAlgorithm, ...ACCESSIBLE_THEME.light },
  dark: { zeroRuntime: true, algorithm: antdTheme.darkAlgorithm, ...ACCESSIBLE_THEME.dark },
};
const BUTTON_CONFIG = { autoInsertSpace: false };

/** antd's theme and locale follow ours. */
export function ThemedAntd({ children }: { children: ReactNode }) {
  const { mode } = useThemeMode();
  const { locale } = useLocale();
  const antdLocale = useAntdLocale(locale);
  return (
    <ConfigProvider locale={antdLocale} button={BUTTON_CONFIG} theme={ANTD_THEMES[mode]}>
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}
