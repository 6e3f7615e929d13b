/**
 * Server-sent events for the version routes: one `text/event-stream` answer per subscriber (event name =
 * the event's `type`, data = its JSON), a comment line every `heartbeatMs` so proxies keep the
 * connection, and every stream ended at once when the server closes.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VersionEvent } from './source';

/** A reader this far behind (bytes queued) is dropped; it reconnects and reads the list again. */
const MAX_QUEUED_BYTES = 1024 * 1024;

export function eventText(event: VersionEvent): string {
  return `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}

export class EventStreams {
  private readonly open = new Set<() => void>();

  constructor(private readonly heartbeatMs: number) {}

  /** Streams open now (for tests and diagnostics). */
  get size(): number {
    return this.open.size;
  }

  /**
   * Answers `req` with a stream fed by `subscribe` (which returns its unsubscribe) until the client
   * goes away or `closeAll` is called, or `allowed` (asked at each heartbeat) says the caller may no
   * longer read: the client then connects again, and meets the refusal as an answer.
   */
  start(
    req: FastifyRequest,
    reply: FastifyReply,
    subscribe: (send: (event: VersionEvent) => void) => () => void,
    allowed: () => Promise<boolean> = async () => true,
  ): void {
    reply.hijack();
    const res = reply.raw;
    for (const [key, value] of Object.entries(reply.getHeaders())) {
      if (value !== undefined) res.setHeader(key, value);
    }
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      // nginx and similar proxies pass events on at once
      'x-accel-buffering': 'no',
    });
    let ended = false;
    let unsubscribe: (() => void) | null = null;
    const opened = Date.now();
    const end = () => {
      if (ended) return;
      ended = true;
      if (!res.writableEnded) {
        // A stream the server ends is logged by the app's onResponse hook, as every answer; one the
        // client left never finishes, so it is logged here.
        const path = req.url.split('?')[0]!.slice(0, 200);
        if (res.destroyed)
          req.log.info(`event stream GET ${path} → left by the client after ${Date.now() - opened}ms`);
      }
      clearInterval(heartbeat);
      unsubscribe?.();
      this.open.delete(end);
      if (!res.writableEnded) res.end();
    };
    const write = (text: string) => {
      if (ended || res.destroyed) return;
      res.write(text);
      if (res.writableLength > MAX_QUEUED_BYTES) {
        req.log.warn('versions: an event stream fell behind and was closed');
        end();
      }
    };
    const heartbeat = setInterval(() => {
      write(': heartbeat\n\n');
      void allowed().then((yes) => yes || end());
    }, this.heartbeatMs);
    heartbeat.unref();
    this.open.add(end);
    res.on('close', end);
    unsubscribe = subscribe((event) => write(eventText(event)));
    if (ended) unsubscribe();
  }

  closeAll(): void {
    for (const end of [...this.open]) end();
  }
}
