/**
 * The code's size against issue 20's limits: non-blank, non-test lines of `src/`, files over 250 lines
 * and functions over 80 in `src/` and `server/`, and imports from one feature folder into another.
 * `npm run size` prints the report; `--check` exits 1 when a limit is passed.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export const LIMITS = { srcLines: 12_000, fileLines: 250, functionLines: 80 };

const TEST = /\.(test|bench|fuzz\.test)\.tsx?$|(^|\/)(test|testing)\//;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

export interface LongFunction {
  file: string;
  name: string;
  lines: number;
}

/** Functions (declarations, arrows, methods) longer than `limit` lines, by their own span. */
export function longFunctions(file: string, text: string, limit: number): LongFunction[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: LongFunction[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = end - start + 1;
      if (lines > limit) found.push({ file, name: functionName(node), lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function functionName(node: ts.Node): string {
  const named = node as { name?: ts.Node };
  if (named.name && ts.isIdentifier(named.name)) return named.name.text;
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isCallExpression(parent)) return `${parent.expression.getText().slice(0, 40)}(…)`;
  return '(anonymous)';
}

/**
 * Where a file sits among the features: `[feature, folder]`, folder '' for the feature's root; a file in
 * a folder's subfolder (`create/steps/`) belongs to that folder.
 */
function featurePlace(path: string): [string, string] | null {
  const m = /^src\/features\/([^/]+)\/(?:([^/]+)\/(?:.+\/)?)?[^/]+$/.exec(path);
  return m ? [m[1]!, m[2] ?? ''] : null;
}

function resolveImport(file: string, spec: string): string {
  const base = relative(process.cwd(), resolve(dirname(file), spec));
  const found = ['.ts', '.tsx', '/index.ts', '/index.tsx'].map((e) => base + e).find((p) => existsSync(p));
  return found ?? base;
}

/**
 * Imports from one feature folder into another. A folder may import its own files, its feature's root
 * and its feature's `shared/`; a feature's root may import its own folders.
 */
export function crossFeatureImports(file: string, text: string): string[] {
  const from = featurePlace(file);
  if (!from) return [];
  const out: string[] = [];
  for (const m of text.matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
    const to = featurePlace(resolveImport(file, m[1]!));
    if (!to) continue;
    const allowed =
      to[0] === from[0] && (to[1] === from[1] || to[1] === '' || to[1] === 'shared' || from[1] === '');
    if (!allowed) out.push(`${file} → ${m[1]}`);
  }
  return out;
}

function main() {
  const files = [...sourceFiles('src'), ...sourceFiles('server')];
  const code = files.filter((f) => !TEST.test(f));
  let srcLines = 0;
  const longFiles: string[] = [];
  const longFns: LongFunction[] = [];
  const crossing: string[] = [];
  for (const file of code) {
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n');
    if (file.startsWith('src/')) srcLines += lines.filter((l) => l.trim() !== '').length;
    if (lines.length > LIMITS.fileLines) longFiles.push(`${file} (${lines.length})`);
    longFns.push(...longFunctions(file, text, LIMITS.functionLines));
    crossing.push(...crossFeatureImports(file, text));
  }
  const report = [
    `src/ non-blank, non-test lines: ${srcLines} (limit ${LIMITS.srcLines})`,
    `files over ${LIMITS.fileLines} lines: ${longFiles.length}`,
    ...longFiles.map((f) => `  ${f}`),
    `functions over ${LIMITS.functionLines} lines: ${longFns.length}`,
    ...longFns.map((f) => `  ${f.file} ${f.name} (${f.lines})`),
    `cross-feature imports: ${crossing.length}`,
    ...crossing.map((c) => `  ${c}`),
  ];
  console.log(report.join('\n'));
  const over =
    srcLines > LIMITS.srcLines || longFiles.length > 0 || longFns.length > 0 || crossing.length > 0;
  if (process.argv.includes('--check') && over) process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
