import { describe, expect, it } from 'vitest';
import { analyseYaml } from './yaml-analysis';

const yamlProblems = (text: string) => analyseYaml(text).problems;

describe('the problems of analyseYaml', () => {
  it('finds nothing wrong in valid YAML, several documents or blank text', () => {
    expect(yamlProblems('a: 1\nb:\n  - c\n')).toEqual([]);
    expect(yamlProblems('a: 1\n---\nb: 2\n')).toEqual([]);
    expect(yamlProblems('  \n')).toEqual([]);
  });

  it('names the line of a syntax error', () => {
    const problems = yamlProblems('a: 1\nb: [1, 2\nc: 3\n');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.line).toBeGreaterThanOrEqual(2);
    expect(problems[0]!.message).not.toBe('');
  });

  it('reports a bad indentation in the second document', () => {
    const problems = yamlProblems('a: 1\n---\nb:\n  c: 1\n d: 2\n');
    expect(problems[0]!.line).toBe(5);
  });
});
