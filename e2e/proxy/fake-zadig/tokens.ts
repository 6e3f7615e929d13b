/** The fake Zadig's API tokens (test values, not secrets). */
export const FAKE_TOKEN = 'e2e-user-token-7f3a9c';
export const FAKE_READONLY_TOKEN = 'e2e-readonly-token-52b1d0';
