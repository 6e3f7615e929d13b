/** Syntax problems of a YAML text (one or more documents), with positions for an editor to mark. */
import { parseAllDocuments, type Document } from 'yaml';

export interface YamlProblem {
  /** Character offsets of the problem in the text. */
  from: number;
  to: number;
  /** 1-based line of `from`. */
  line: number;
  message: string;
}

const MAX_PROBLEMS = 20;

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Recent answers by text: the wizard checks every service's YAML on each keystroke (its gates, the
 * form's resolver, the editor), and only the text being typed in changes. Oldest entry evicted first.
 */
const CACHE_SIZE = 128;
const cache = new Map<string, readonly YamlProblem[]>();

/** The syntax errors of `text` ([] when it parses). Text that is only whitespace parses. */
export function yamlProblems(text: string): readonly YamlProblem[] {
  const known = cache.get(text);
  if (known) return known;
  const found = parseProblems(text);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(text, found);
  return found;
}

function parseProblems(text: string): readonly YamlProblem[] {
  if (text.trim() === '') return [];
  return problemsOfDocuments(text, parseAllDocuments(text, { prettyErrors: false }));
}

/** The problems of documents already parsed from `text` (with `prettyErrors: false`). */
export function problemsOfDocuments(
  text: string,
  docs: ReadonlyArray<Pick<Document, 'errors'>>,
): readonly YamlProblem[] {
  const problems: YamlProblem[] = [];
  for (const doc of docs) {
    for (const error of doc.errors) {
      const [from = 0, to = from] = error.pos;
      const start = Math.min(Math.max(0, from), text.length);
      problems.push({
        from: start,
        to: Math.min(Math.max(start, to), text.length),
        line: lineOf(text, start),
        message: error.message.split('\n')[0] ?? error.message,
      });
      if (problems.length >= MAX_PROBLEMS) return problems;
    }
  }
  return problems;
}
