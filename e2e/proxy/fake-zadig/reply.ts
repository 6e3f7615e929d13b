/** Answers in Zadig's shapes, and request body reading, for the fake Zadig. */
import type { IncomingMessage, ServerResponse } from 'node:http';

export const json = (res: ServerResponse, status: number, body: unknown) => {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
};
export const empty = (res: ServerResponse, status: number) => {
  res.writeHead(status, { 'content-length': 0 });
  res.end();
};
export const text = (res: ServerResponse, status: number, body: string) => {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(body);
};
export const badRequest = (res: ServerResponse, description: string) =>
  json(res, 400, { code: 400, message: 'Bad Request', description });
export const typed = (res: ServerResponse, code: number, message: string, description = message) =>
  json(res, 400, { type: 'error', code, message, description, extra: {} });
export const internal = (res: ServerResponse, description: string) =>
  json(res, 500, { code: 500, message: 'Internal Error: ', description });

export function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      try {
        resolve(body ? JSON.parse(body) : undefined);
      } catch {
        resolve(undefined);
      }
    });
  });
}

export type Body = Record<string, unknown>;
export const str = (v: unknown) => (typeof v === 'string' ? v : '');
