/**
 * pino options for the server's Fastify logger: one JSON line per event, requests logged as method and
 * path only (never the query string, never a header), and the server's Zadig token masked in anything
 * written, messages and errors included.
 */
import type { FastifyServerOptions } from 'fastify';
import { redact } from './redact';

type Loose = { method?: string; url?: string; statusCode?: number };

export function loggerOptions(
  token: string | undefined,
  write?: ((line: string) => void) | undefined,
): FastifyServerOptions['logger'] {
  const mask = (text: string) => redact(text, token);
  return {
    level: process.env.LOG_LEVEL ?? 'info',
    ...(write ? { stream: { write: (line: string) => write(mask(line.trimEnd())) } } : {}),
    serializers: {
      req: (req: Loose) => ({ method: req.method, path: mask((req.url ?? '').split('?')[0] ?? '') }),
      res: (res: Loose) => ({ statusCode: res.statusCode }),
      err: (err: Error) => ({ type: err.name, message: mask(err.message), stack: mask(err.stack ?? '') }),
    },
    hooks: {
      logMethod(args, method) {
        method.apply(
          this,
          args.map((a) => (typeof a === 'string' ? mask(a) : a)) as Parameters<typeof method>,
        );
      },
    },
  };
}
