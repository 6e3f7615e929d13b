/**
 * Connects the API client to the token store and the token dialog: requests carry the user's token,
 * and a 401 asks for one (once, however many requests were refused) before they are sent again.
 */
import { setTokenProvider, setUnauthorizedHandler } from '../../api/client';
import { trackFocus } from './focus-return';
import { tokenPrompt, type TokenPrompt } from './token-prompt';
import { readToken } from './token-store';

/**
 * The 401 handler. A request refused with a token that has since been replaced (another request's
 * 401 already asked) is simply sent again with the new one.
 */
export function createUnauthorizedHandler(prompt: TokenPrompt, current: () => string | null) {
  return async (usedToken: string | null, change = false): Promise<boolean> => {
    const now = current();
    if (now && now !== usedToken) return true;
    // Refused without a token of the user's own on a change: the dialog says changes need one.
    return prompt.request(change && usedToken === null);
  };
}

let installed = false;

export function installAuth(): void {
  if (installed) return;
  installed = true;
  setTokenProvider(readToken);
  setUnauthorizedHandler(createUnauthorizedHandler(tokenPrompt, readToken));
  // Where the focus goes back when the dialog closes (the control that asked may be gone by then).
  if (typeof document !== 'undefined') trackFocus(tokenPrompt.isOpen);
}
