/**
 * Security headers on every answer, and the Host allowlist, as one Fastify plugin.
 *
 * The CSP (one function, below) allows scripts only from this origin, and the app page's own inline
 * script by its hash (index.html's first-list script, see vite.config.ts); no other inline script, no
 * eval. antd 6
 * styles components with CSS-in-JS that inserts `<style>` elements at run time, so styles allow
 * 'unsafe-inline'; a style cannot run code. Images may be data: URIs (antd icons, empty states). API
 * calls go to this origin only: the browser never talks to Zadig directly. Answers that are not pages
 * (API, health, errors) get API_CONTENT_SECURITY_POLICY: nothing in them may run or be framed.
 */
import { createHash } from 'node:crypto';
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { sendJson } from './http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { hostAllowed } from './request-guard';

/** The page's policy; `scriptHashes` allow the page's own inline scripts (`inlineScriptHashes`). */
export const contentSecurityPolicy = (scriptHashes: readonly string[] = []) =>
  [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');

/** The CSP hash source of each inline script (`<script>` without attributes) in the page's HTML. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    ([, code]) => `'sha256-${createHash('sha256').update(code!).digest('base64')}'`,
  );
}

export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=()';

/** Paths whose answers are data, not pages. */
export function isApiPath(url: string): boolean {
  return /^\/(openapi|sandbox|api)(\/|$|\?)/.test(url);
}

/**
 * The Host allowlist (DNS rebinding): a request for a Host that is not one of the console's names is
 * answered 421 here, before anything is read or forwarded. Returns whether it was answered.
 */
export function refuseMisdirected(
  req: FastifyRequest,
  reply: FastifyReply,
  names: ReadonlySet<string>,
): boolean {
  if (hostAllowed(req.headers.host, names)) return false;
  req.raw.resume();
  void sendJson(reply, 421, {
    code: 421,
    message: 'Misdirected Request',
    description: `Host ${String(req.headers.host ?? '(none)').slice(0, 100)} is not one of this console's names; add it to ALLOWED_HOSTS.`,
  });
  return true;
}

async function securityPlugin(
  app: FastifyInstance,
  options: { hostNames: ReadonlySet<string>; scriptHashes?: readonly string[] },
): Promise<void> {
  const pagePolicy = contentSecurityPolicy(options.scriptHashes);
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: false, // set below from the constant, per kind of answer
    crossOriginEmbedderPolicy: false,
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
    strictTransportSecurity: false, // the TLS proxy in front decides
    xContentTypeOptions: true,
  });
  app.addHook('onRequest', async (req, reply) => {
    reply.header('content-security-policy', isApiPath(req.url) ? API_CONTENT_SECURITY_POLICY : pagePolicy);
    reply.header('permissions-policy', PERMISSIONS_POLICY);
    if (refuseMisdirected(req, reply, options.hostNames)) return reply;
  });
}

export const security = fp(securityPlugin, { name: 'zrc-security' });
