/** The project the user last looked at, remembered in this browser so `/` can reopen it. */
const KEY = 'zrc.project';

export function rememberProject(projectKey: string): void {
  try {
    localStorage.setItem(KEY, projectKey);
  } catch {
    // storage unavailable: `/` shows the picker instead
  }
}

export function lastProject(): string | null {
  try {
    const value = localStorage.getItem(KEY);
    return value && value.trim() ? value : null;
  } catch {
    return null;
  }
}
