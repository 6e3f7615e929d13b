/** For tests: reads a `text/event-stream` over real HTTP and waits for the events a test expects. */

export interface SseMessage {
  /** `event:` name, or `comment` for a `:` line. */
  event: string;
  data: string;
}

export interface SseReader {
  status: number;
  headers: Headers;
  /** Every message so far. */
  messages: SseMessage[];
  /** The next message (after those already taken by `next`) that `match` accepts. */
  next(match: (m: SseMessage) => boolean, timeoutMs?: number): Promise<SseMessage>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  abort(): void;
}

function parse(block: string): SseMessage | null {
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) return { event: 'comment', data: line.slice(1).trim() };
    const [field, ...rest] = line.split(':');
    const value = rest.join(':').replace(/^ /, '');
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  }
  return data.length ? { event, data: data.join('\n') } : null;
}

export async function openSse(url: string, headers: Record<string, string> = {}): Promise<SseReader> {
  const controller = new AbortController();
  const res = await fetch(url, { headers, signal: controller.signal });
  const messages: SseMessage[] = [];
  let taken = 0;
  const waiters = new Set<() => void>();
  const wake = () => [...waiters].forEach((w) => w());
  let done = false;
  const ended = (async () => {
    if (!res.body) return;
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      const reader = res.body.getReader();
      for (;;) {
        const { done: over, value } = await reader.read();
        if (over) break;
        buffer += decoder.decode(value, { stream: true });
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const message = parse(buffer.slice(0, cut));
          buffer = buffer.slice(cut + 2);
          if (message) messages.push(message);
        }
        wake();
      }
    } catch {
      // aborted by the test
    }
    done = true;
    wake();
  })();

  const next = (match: (m: SseMessage) => boolean, timeoutMs = 15_000) =>
    new Promise<SseMessage>((resolve, reject) => {
      const check = () => {
        while (taken < messages.length) {
          const m = messages[taken++]!;
          if (match(m)) {
            finish();
            return resolve(m);
          }
        }
        if (done) {
          finish();
          reject(new Error(`stream ended; messages: ${JSON.stringify(messages).slice(0, 800)}`));
        }
      };
      const timer = setTimeout(() => {
        finish();
        reject(
          new Error(`no matching event in ${timeoutMs} ms; got ${JSON.stringify(messages).slice(-800)}`),
        );
      }, timeoutMs);
      const finish = () => {
        clearTimeout(timer);
        waiters.delete(check);
      };
      waiters.add(check);
      check();
    });

  return {
    status: res.status,
    headers: res.headers,
    messages,
    next,
    ended,
    abort: () => controller.abort(),
  };
}

/** Matches an event by name whose JSON data `test` accepts. */
export function eventOf<T>(name: string, test: (data: T) => boolean = () => true) {
  return (m: SseMessage) => m.event === name && test(JSON.parse(m.data) as T);
}
