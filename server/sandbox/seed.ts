/**
 * Demo data for an empty sandbox: a K8s YAML project (`yaml-demo`) and a Helm project (`helm-demo`),
 * each with environments (one production), services, and versions over the last months in every
 * status. Timestamps are relative to now. One version is still `creating` (it finishes soon after the
 * start) and one `retrying`; `yaml-demo` v1.9.1 failed for a missing image that can be published
 * (POST /sandbox/images) and retried to success.
 */
import type { Db } from './db';
import { insertReferenceData } from './seed-reference';
import { insertVersions } from './seed-versions';

export { DEMO_REGISTRY_ID, DEMO_TCR_REGISTRY_ID } from './demo-content';
export { DEMO_MISSING_IMAGE } from './seed-versions';

/** Seeds the demo data when the database holds no project yet; returns whether it did. */
export function seedDemoData(db: Db, now = Math.floor(Date.now() / 1000)): boolean {
  return db.transaction(() => {
    const count = (db.prepare('SELECT COUNT(*) AS n FROM projects').get() as { n: number }).n;
    if (count > 0) return false;
    insertReferenceData(db, now);
    insertVersions(db, now);
    return true;
  })();
}
