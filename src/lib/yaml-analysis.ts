/**
 * One read of a YAML text for the editor and the wizard: its syntax problems and, when it parses, the
 * containers (name, image) of its K8s workloads. Pure; large texts are read in a worker
 * (`yaml-analysis.worker.ts`) so that typing stays responsive.
 */
import { parseAllDocuments } from 'yaml';
import { containersOfDocuments } from './substitute-images';
import { problemsOfDocuments, type YamlProblem } from './yaml-check';

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
