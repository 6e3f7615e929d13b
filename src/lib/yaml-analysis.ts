/**
 * One read of a YAML text for the editor and the wizard: its syntax problems and, when it parses, the
 * containers (name, image) of its K8s workloads. Pure; large texts are read in a worker
 * (`yaml-analysis.worker.ts`) so that typing stays responsive.
 */
import { parseAllDocuments, type Document } from 'yaml';
import { containersOfDocuments } from './substitute-images';

/** A syntax problem, with positions for an editor to mark. */
export interface YamlProblem {
  /** Character offsets of the problem in the text. */
  from: number;
  to: number;
  /** 1-based line of `from`. */
  line: number;
  message: string;
}

export interface YamlContainer {
  name: string;
  image: string;
}

export interface YamlAnalysis {
  problems: readonly YamlProblem[];
  /** The containers of every workload; [] while the text has syntax errors. */
  containers: readonly YamlContainer[];
}

const EMPTY: YamlAnalysis = { problems: [], containers: [] };

export function analyseYaml(text: string): YamlAnalysis {
  if (text.trim() === '') return EMPTY;
  const docs = parseAllDocuments(text, { prettyErrors: false });
  const problems = problemsOfDocuments(text, docs);
  return { problems, containers: problems.length > 0 ? [] : containersOfDocuments(docs) };
}

const MAX_PROBLEMS = 20;

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The problems of documents already parsed from `text` (with `prettyErrors: false`). */
function problemsOfDocuments(
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
