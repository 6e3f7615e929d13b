/**
 * YAML analyses (syntax problems, containers) shared by the editor and the wizard. Small texts are read
 * at once; texts over SYNC_LIMIT are sent to a worker and known when it answers, so a pasted 9 MB YAML
 * never blocks typing. Per caller key only the latest text waits: while one text is read, the edits
 * typed meanwhile collapse into one next read.
 */
import { useSyncExternalStore } from 'react';
import { analyseYaml, type YamlAnalysis } from '../../lib/yaml-analysis';

/** Texts up to this many characters are read on the main thread (a few milliseconds). */
export const SYNC_LIMIT = 64 * 1024;
const SMALL_CACHE = 128;
/** Large texts are kept for a few recent answers only (each may be megabytes). */
const LARGE_CACHE = 6;

const small = new Map<string, YamlAnalysis>();
const large = new Map<string, YamlAnalysis>();
const listeners = new Set<() => void>();
let version = 0;

function remember(cache: Map<string, YamlAnalysis>, limit: number, text: string, analysis: YamlAnalysis) {
  if (cache.size >= limit) cache.delete(cache.keys().next().value as string);
  cache.set(text, analysis);
}

function publish() {
  version++;
  for (const listener of listeners) listener();
}

// The worker, started on the first large text; null where workers do not exist (then read here).
let worker: Worker | null | undefined;
let inFlight: { id: number; text: string } | null = null;
const waiting = new Map<string, string>();
let nextId = 1;

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === 'undefined') return (worker = null);
  try {
    worker = new Worker(new URL('../../lib/yaml-analysis.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return (worker = null);
  }
  worker.onmessage = (event: MessageEvent<{ id: number; analysis: YamlAnalysis }>) => {
    if (inFlight?.id === event.data.id) remember(large, LARGE_CACHE, inFlight.text, event.data.analysis);
    inFlight = null;
    sendNext();
    publish();
  };
  worker.onerror = () => {
    // A worker that cannot run: read on the main thread from now on.
    worker = null;
    const text = inFlight?.text;
    inFlight = null;
    if (text !== undefined) readHere(text);
  };
  return worker;
}

const readingHere = new Set<string>();

/** Without a worker: read in a task of its own, once per text. */
function readHere(text: string) {
  if (readingHere.has(text)) return;
  readingHere.add(text);
  setTimeout(() => {
    readingHere.delete(text);
    if (!large.has(text)) remember(large, LARGE_CACHE, text, analyseYaml(text));
    publish();
  }, 0);
}

function sendNext() {
  if (inFlight || !worker) return;
  const next = waiting.entries().next();
  if (next.done) return;
  const [key, text] = next.value;
  waiting.delete(key);
  if (large.has(text)) return sendNext();
  inFlight = { id: nextId++, text };
  worker.postMessage({ id: inFlight.id, text });
}

function request(text: string, key: string) {
  if (inFlight?.text === text) return;
  const w = startWorker();
  if (!w) return readHere(text);
  waiting.delete(key);
  waiting.set(key, text);
  sendNext();
}

/**
 * The analysis of `text`, or undefined while a large text is being read (a read is then asked for;
 * `key` names the caller, e.g. the field, so that its older texts are not read any more).
 */
export function knownYamlAnalysis(text: string, key = 'default'): YamlAnalysis | undefined {
  if (text.length <= SYNC_LIMIT) {
    const known = small.get(text);
    if (known) return known;
    const analysis = analyseYaml(text);
    remember(small, SMALL_CACHE, text, analysis);
    return analysis;
  }
  const known = large.get(text);
  if (known) return known;
  request(text, key);
  return undefined;
}

/** Called whenever a large text's analysis arrives. */
export function subscribeYamlAnalyses(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Changes whenever an analysis arrives (for memos that depend on them). */
export function yamlAnalysesVersion(): number {
  return version;
}

/** The analysis of `text`, re-rendering when a pending one arrives. */
export function useYamlAnalysis(text: string, key?: string): YamlAnalysis | undefined {
  useSyncExternalStore(subscribeYamlAnalyses, yamlAnalysesVersion);
  return knownYamlAnalysis(text, key);
}
