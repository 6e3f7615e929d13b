import type { ThemeConfig } from 'antd';

/**
 * antd's default colours give text below WCAG AA contrast (4.5:1): white on the primary blue (4.1),
 * secondary text (3.3), placeholders (1.8), status tags (green 2.2, red 3.3), warning text (1.9),
 * links on the grey page (3.8); in the dark theme red text and danger buttons (2.6). These tokens keep
 * antd's look with shades that pass; the accessibility browser test (e2e/quality/a11y.spec.ts) checks
 * every page in both themes.
 */
export const ACCESSIBLE_THEME: Record<'light' | 'dark', Pick<ThemeConfig, 'token' | 'components'>> = {
  light: {
    token: {
      colorPrimary: '#0958d9',
      colorInfo: '#0958d9',
      colorLink: '#0958d9',
      colorLinkHover: '#003eb3',
      colorPrimaryHover: '#003eb3',
      colorSuccess: '#237804',
      colorSuccessBg: '#f6ffed',
      colorWarning: '#ad6800',
      colorWarningText: '#ad4e00',
      colorError: '#cf1322',
      colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
      colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
      colorTextDescription: 'rgba(0, 0, 0, 0.6)',
      colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    },
  },
  dark: {
    token: {
      colorInfo: '#4096ff',
      colorLink: '#4096ff',
      colorLinkHover: '#69b1ff',
      colorError: '#ff7875',
      colorErrorText: '#ff7875',
      purple: '#b37feb',
      colorTextSecondary: 'rgba(255, 255, 255, 0.7)',
      colorTextTertiary: 'rgba(255, 255, 255, 0.65)',
      colorTextDescription: 'rgba(255, 255, 255, 0.65)',
      colorTextPlaceholder: 'rgba(255, 255, 255, 0.55)',
    },
    // Dark text on the light red of a danger button (white on it would be 2.4:1).
    components: { Button: { dangerColor: '#141414' } },
  },
};
