import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { crossFeatureImports, longFunctions } from './report';

describe('size report', () => {
  it('finds functions longer than the limit, by name, however they are written', () => {
    const body = Array.from({ length: 5 }, (_, i) => `  const a${i} = ${i};`).join('\n');
    const text = `export function Long() {\n${body}\n}\nconst arrow = () => {\n${body}\n};\nfunction short() {}\n`;
    expect(longFunctions('x.ts', text, 6)).toEqual([
      { file: 'x.ts', name: 'Long', lines: 7 },
      { file: 'x.ts', name: 'arrow', lines: 7 },
    ]);
  });

  it('flags imports from one feature folder into another, not from its own folder, root or shared', () => {
    const file = 'src/features/releases/list/release-table.tsx';
    const text = [
      "import { a } from './row';",
      "import { b } from '../queries';",
      "import { c } from '../shared/status-tag';",
      "import { d } from '../compare/selection';",
      "import { e } from '../../projects/queries';",
    ].join('\n');
    expect(crossFeatureImports(file, text)).toEqual([
      `${file} → ../compare/selection`,
      `${file} → ../../projects/queries`,
    ]);
  });

  it('counts a subfolder as part of its folder', () => {
    const file = 'src/features/releases/create/steps/basics-step.tsx';
    const text = "import { a } from '../form-model';\nimport { b } from '../../list/filters';";
    expect(crossFeatureImports(file, text)).toEqual([`${file} → ../../list/filters`]);
  });

  it('agrees with the lint rule (eslint.config.js feature zones) on which imports cross', async () => {
    const files = [
      'src/features/releases/queries.ts',
      'src/features/releases/list/release-table.tsx',
      'src/features/releases/create/steps/basics-step.tsx',
      'src/features/auth/token-form.tsx',
    ];
    const specs = ['./x', '../queries', '../shared/y', '../compare/z', '../../auth/t', '../../../lib/paths'];
    const eslint = new ESLint();
    for (const file of files) {
      for (const spec of specs) {
        const text = `import { a } from '${spec}';\nexport const b = a;\n`;
        const [result] = await eslint.lintText(text, { filePath: file });
        const linted = result!.messages.some((m) => m.ruleId === 'no-restricted-imports');
        expect({ file, spec, linted }).toEqual({
          file,
          spec,
          linted: crossFeatureImports(file, text).length > 0,
        });
      }
    }
  }, 30_000);
});
