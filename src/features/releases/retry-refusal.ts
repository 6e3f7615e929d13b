/**
 * A retry refused because the version is no longer `failed`: someone else (another tab, another user,
 * Zadig's own retry) got there first. That is news, not an error. Zadig answers
 * `can't reCreate version with status:<status>` (pkg/microservice/aslan/core/delivery/service/
 * version_v2.go, RetryCreateK8SDeliveryVersionV2 and RetryCreateHelmDeliveryVersionV2); the sandbox
 * answers the same words (server/sandbox/routes/releases.ts).
 */
import { ApiError } from '../../api/errors';
import { isActiveStatus } from '../../api/model';

const REFUSAL = /can't reCreate version with status:\s*([a-z_]+)/i;

/** The status the server found when it refused a retry, or null for any other error. */
export function refusedRetryStatus(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.status !== 400) return null;
  const match = REFUSAL.exec(`${error.message} ${error.description}`);
  return match?.[1]?.toLowerCase() ?? null;
}

/**
 * What a refused retry means for the user: `running` (being created or retried elsewhere: follow its
 * live status), `finished` (it already succeeded), or null (a real error to show).
 */
export function retryNews(error: unknown): 'running' | 'finished' | null {
  const status = refusedRetryStatus(error);
  if (status === null || status === 'failed') return null;
  if (isActiveStatus(status)) return 'running';
  return status === 'success' ? 'finished' : null;
}
