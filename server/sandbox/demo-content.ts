/** Shared facts of the sandbox's demo data: registries, ids and how CI tags its builds. */

export const REGISTRY_HOST = 'harbor.demo.koderover.com';
export const REGISTRY_NAMESPACE = 'mall';
export const TCR_HOST = 'ccr.ccs.tencentyun.com';
export const TCR_NAMESPACE = 'koderover-demo';

export const DEMO_REGISTRY_ID = '6650a1c2e4b0f1a2b3c4d5e6';
export const DEMO_TCR_REGISTRY_ID = '6650a1c2e4b0f1a2b3c4d5e7';
export const DAY = 86_400;

/** A CI build's image tag: its time, build number and branch (`20260412093015-412-main`). */
export function buildTag(time: number, build: number, branch: string): string {
  const d = new Date(time * 1000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}-${build}-${branch}`;
}
