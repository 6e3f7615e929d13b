/**
 * Addresses whose percent-encoding is broken (`/projects/x/releases/%E0%A4`: an escape that is not
 * UTF-8), which Fastify's router cannot decode. A page address is routed as if its percent signs were
 * plain text, so that it gets the app shell like any other client route and the app says what it finds
 * (the browser keeps the address as typed); an API address answers a JSON 400 that says what is wrong.
 */
import type { IncomingMessage } from 'node:http';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { answerError } from './error-handler';
import { sendJson } from './http';
import { API_CONTENT_SECURITY_POLICY, isApiPath, refuseMisdirected } from './security-headers';

function decodes(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/** Fastify's `rewriteUrl`: a page address that does not decode gets its `%` escaped (`%25`). */
export function rewriteBadPageUrl(req: IncomingMessage): string {
  const url = req.url ?? '/';
  const queryAt = url.indexOf('?');
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  if (isApiPath(url) || decodes(path)) return url;
  return path.replaceAll('%', '%25') + url.slice(path.length);
}

/**
 * Fastify's `frameworkErrors`, which run before any hook (so the Host allowlist is checked here too,
 * with the console's `hostNames`): an API address that does not decode is a Zadig-shaped 400 (with the
 * headers every API answer carries); any other error goes to the app's error handler.
 */
export const frameworkErrorAnswer =
  (hostNames: ReadonlySet<string>) => (error: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    reply.headers({
      'content-security-policy': API_CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
    });
    if (refuseMisdirected(req, reply, hostNames)) return reply;
    if (error.code !== 'FST_ERR_BAD_URL') return answerError(error, req, reply);
    req.raw.resume();
    return sendJson(reply, 400, {
      code: 400,
      message: 'Bad Request',
      description:
        'The address is not valid: a percent sign (%) must start the escape of a UTF-8 character, e.g. %C3%A9 for é.',
    });
  };
