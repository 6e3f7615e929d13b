/**
 * The size rule of a create request: the server takes bodies of at most MAX_BODY_BYTES (10 MB) as
 * UTF-8 JSON, and nearly all of it is the services' YAML. Sizes are counted without building the JSON
 * of large texts (and remembered per text), so the wizard can check on every keystroke.
 */
import { MAX_BODY_BYTES } from '../../../api/constants';
import { includedServices, type WizardForm } from './form-model';
import { toCreateRequest, type MappingContext } from './to-create-request';

export const REQUEST_LIMIT_BYTES = MAX_BODY_BYTES;
/** From this share of the limit on, the meter warns. */
export const NEAR_LIMIT = 0.8;

const MB = 1024 * 1024;

/** Bytes of `JSON.stringify(text)` in UTF-8 (quotes and escapes included). */
export function jsonStringBytes(text: string): number {
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x22 || c === 0x5c || c === 0x08 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d)
        bytes += 2;
      else bytes += c < 0x20 ? 6 : 1;
    } else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 6; // a lone surrogate is written as an escape
    } else if (c >= 0xdc00 && c <= 0xdfff) bytes += 6;
    else bytes += 3;
  }
  return bytes;
}

const counted = new Map<string, number>();
/** Bytes a service's YAML takes in the request (remembered for recent large texts). */
export function serviceYamlBytes(text: string): number {
  if (text.length < 4096) return jsonStringBytes(text);
  const known = counted.get(text);
  if (known !== undefined) return known;
  const bytes = jsonStringBytes(text);
  if (counted.size >= 16) counted.delete(counted.keys().next().value as string);
  counted.set(text, bytes);
  return bytes;
}

export interface RequestSize {
  /** Bytes of the whole request body. */
  total: number;
  /** Bytes of each included service's YAML (as JSON), by form index. */
  services: ReadonlyArray<{ index: number; bytes: number }>;
}

/** The size of the create request the form would send. */
export function requestSize(form: WizardForm, ctx: MappingContext): RequestSize {
  const request = toCreateRequest(form, ctx);
  const rest = JSON.stringify(request.body, (key, value: unknown) => (key === 'yaml_content' ? '' : value));
  let total = new TextEncoder().encode(rest).length;
  const services = includedServices(form).map(({ index }, i) => {
    const sent = request.body.services[i]?.yaml_content;
    const bytes = sent === undefined ? 0 : serviceYamlBytes(sent);
    total += Math.max(0, bytes - 2); // the empty string already counted
    return { index, bytes };
  });
  return { total, services };
}

/** The service to point at when the request is over the limit (its largest YAML), or null. */
export function oversizeService(size: RequestSize): { index: number; bytes: number } | null {
  if (size.total <= REQUEST_LIMIT_BYTES) return null;
  let largest: { index: number; bytes: number } | null = null;
  for (const s of size.services) if (!largest || s.bytes > largest.bytes) largest = s;
  return largest;
}

/**
 * `3.2 MB`, `850 KB`, `120 B` (1 MB = 1024 KB, as the limit is counted). Rounded up: a size shown is
 * never smaller than it is, so a request 1 byte over 10 MB reads 10.1 MB, not 10.0.
 */
export function formatBytes(bytes: number): string {
  if (bytes >= MB && bytes % MB === 0) return `${bytes / MB} MB`;
  if (bytes >= MB) return `${(Math.ceil((bytes / MB) * 10) / 10).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${bytes} B`;
}
