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
});
