/**
 * The app's error handler: Zadig errors as Zadig answers them, other 4xx with their own message, and
 * anything unexpected logged in full but answered with a generic 500.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendError, sendJson, ZadigError } from './http';

export function answerError(thrown: unknown, req: FastifyRequest, reply: FastifyReply) {
  const err = thrown as Error & { statusCode?: number };
  if (err instanceof ZadigError) {
    if (!req.raw.complete) req.raw.resume();
    if (err.status === 413) reply.header('connection', 'close');
    return sendError(reply, err);
  }
  const status = err.statusCode;
  if (status && status >= 400 && status < 500) {
    return sendJson(reply, status, { code: status, message: err.name, description: err.message });
  }
  req.log.error({ err }, `error: ${req.method} ${req.url.split('?')[0]}`);
  // The internal message (a database error names tables and files) stays in the log.
  return sendJson(reply, 500, {
    code: 500,
    message: 'Internal Error: ',
    description:
      'The console server hit an unexpected error and logged it. Try again; if it persists, check the server log.',
  });
}
