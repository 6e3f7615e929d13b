/** Keeps a secret (the server-held Zadig token) out of strings and byte streams. */
import { Transform, type TransformCallback } from 'node:stream';

/** Replaces every occurrence of `secret` in a string by asterisks of the same length. */
export function redact(text: string, secret: string | undefined): string {
  if (!secret) return text;
  return text.split(secret).join('*'.repeat(secret.length));
}

/**
 * Masks a secret in a byte stream without buffering it: keeps back only `secret.length - 1` bytes
 * between chunks so an occurrence split across chunks is still found. Same length in and out, so a
 * Content-Length stays true.
 */
export class RedactStream extends Transform {
  private readonly secret: Buffer;
  private readonly mask: Buffer;
  private tail = Buffer.alloc(0);

  constructor(secret: string) {
    super();
    this.secret = Buffer.from(secret);
    this.mask = Buffer.alloc(this.secret.length, '*');
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    const data = Buffer.concat([this.tail, chunk]);
    let at = data.indexOf(this.secret);
    while (at !== -1) {
      this.mask.copy(data, at);
      at = data.indexOf(this.secret, at + this.secret.length);
    }
    const keep = Math.min(this.secret.length - 1, data.length);
    this.tail = Buffer.from(data.subarray(data.length - keep));
    const out = data.subarray(0, data.length - keep);
    if (out.length > 0) this.push(out);
    callback();
  }

  override _flush(callback: TransformCallback): void {
    if (this.tail.length > 0) this.push(this.tail);
    callback();
  }
}
