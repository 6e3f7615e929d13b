/** Test helper: the app's antd, in the given theme (its accessible colours), around a page under test. */
import type { ReactNode } from 'react';
import { ThemedAntd, ThemeProvider, type ThemeMode } from '../theme';

export function themed(theme: ThemeMode) {
  return function ThemedPage(page: ReactNode) {
    localStorage.setItem('zrc.theme', theme);
    return (
      <ThemeProvider>
        <ThemedAntd>{page}</ThemedAntd>
      </ThemeProvider>
    );
  };
}
