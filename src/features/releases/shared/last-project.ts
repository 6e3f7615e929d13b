/** The project the user last looked at, remembered in this browser so `/` can reopen it. */
const KEY = 'zrc.project';

export function rememberProject(projectKey: string): void {
  try {
    localStorage.setItem(KEY, projectKey);
  } catch {
    // storage unavailable: `/` shows the picker instead
  }
}

/** Forgets the project if it is the one remembered (it turned out not to exist). */
export function forgetProject(projectKey: string): void {
  try {
    if (localStorage.getItem(KEY) === projectKey) localStorage.removeItem(KEY);
  } catch {
    // storage unavailable: nothing was remembered
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
