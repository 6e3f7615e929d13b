/**
 * What the request-validation fuzz tests share: sending a raw request, a snapshot of every stored
 * version (to prove a refusal changed nothing), and the check that a refusal names the bad field.
 */
import { expect } from 'vitest';
import type { ServerClient } from './helpers';

export const RELEASES = '/openapi/delivery/releases';
const PROJECTS = ['yaml-demo', 'helm-demo'] as const;

export interface Answer {
  status: number;
  body: { code?: unknown; message?: unknown; description?: unknown } | null;
}

export function fuzzClient(server: ServerClient) {
  return {
    /** Every stored version of every project, as [project, total, ids]. */
    async snapshot(): Promise<string> {
      const parts: string[] = [];
      for (const project of PROJECTS) {
        const { body } = await server.json(`${RELEASES}?projectKey=${project}&pageNum=1&pageSize=1000`);
        parts.push(`${project}:${body.total}:${body.list.map((i: { id: string }) => i.id).join(',')}`);
      }
      return parts.join('|');
    },
    async send(method: string, path: string, body?: string): Promise<Answer> {
      const res = await server.request(path, {
        method,
        ...(body !== undefined ? { body, headers: { 'content-type': 'application/json' } } : {}),
      });
      const text = await res.text();
      let parsed: Answer['body'] = null;
      try {
        parsed = text ? (JSON.parse(text) as Answer['body']) : null;
      } catch {
        parsed = null;
      }
      return { status: res.status, body: parsed };
    },
  };
}

/** A 400 with a Zadig bad-parameter (or typed) body whose description names one of `fields`. */
export function expectRefused(answer: Answer, fields: string[], what: string) {
  expect(answer.status, `${what} → ${JSON.stringify(answer.body)?.slice(0, 300)}`).toBe(400);
  const description = answer.body?.description;
  expect(typeof description).toBe('string');
  const text = description as string;
  expect(text.length).toBeGreaterThan(0);
  expect(
    fields.some((f) => text.includes(f)),
    `description "${text.slice(0, 300)}" should name one of ${fields.join(', ')}`,
  ).toBe(true);
}

export function encodable(s: string): boolean {
  try {
    encodeURIComponent(s);
    return true;
  } catch {
    return false;
  }
}
