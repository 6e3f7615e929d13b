/**
 * The readers of the API's answers that the version list does without (zod): loaded when first needed.
 * A load that fails (the console's server unreachable) is a network failure like a failed request, so
 * pages show it as an outage and try again; the next attempt fetches the code again (`loadModule`).
 */
import { loadModule } from '../lib/retrying-import';
import { toApiError } from './errors';

export function loadNormalisers(): Promise<typeof import('./normalise')> {
  return loadModule(() => import('./normalise')).catch((error: unknown) => {
    throw toApiError(error);
  });
}
