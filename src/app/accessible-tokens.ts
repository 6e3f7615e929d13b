import type { ThemeConfig } from 'antd';

/**
 * antd's default colours give text below WCAG AA contrast (4.5:1): white on the primary blue (4.1),
 * secondary text (3.3), placeholders (1.8), red text (3.3), links on the grey page (3.8). These
 * tokens keep antd's look with darker (light theme) or lighter (dark theme) shades that pass; the
 * accessibility browser test (e2e/quality/a11y.spec.ts) checks every page in both themes.
 */
export const ACCESSIBLE_TOKENS: Record<'light' | 'dark', NonNullable<ThemeConfig['token']>> = {
  light: {
    colorPrimary: '#0958d9',
    colorLink: '#0958d9',
    colorError: '#cf1322',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
  },
  dark: {
    colorLink: '#4096ff',
    colorError: '#cf1322',
    colorErrorText: '#ff7875',
    colorTextSecondary: 'rgba(255, 255, 255, 0.7)',
    colorTextTertiary: 'rgba(255, 255, 255, 0.65)',
    colorTextDescription: 'rgba(255, 255, 255, 0.65)',
    colorTextPlaceholder: 'rgba(255, 255, 255, 0.55)',
  },
};
