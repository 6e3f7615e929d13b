/**
 * The hook between error views and the API token dialog: the dialog (features/auth) provides a function
 * that opens it; error views for a 401 then offer an "Enter API token" button.
 */
import { createContext, useContext } from 'react';

export const TokenRequestContext = createContext<(() => void) | null>(null);

export function useTokenRequest(): (() => void) | null {
  return useContext(TokenRequestContext);
}
