/**
 * Inline YAML syntax errors for CodeMirror: the faulty text is underlined, its line tinted, and the
 * parser's message is shown under the line. Recomputed on every change (YAML texts here are small).
 */
import { RangeSetBuilder, StateField, type EditorState, type Extension } from '@codemirror/state';
import { Decoration, EditorView, WidgetType, type DecorationSet } from '@codemirror/view';
import { yamlProblems, type YamlProblem } from '../../lib/yaml-check';

class ProblemWidget extends WidgetType {
  constructor(
    private readonly text: string,
    private readonly dark: boolean,
  ) {
    super();
  }
  override eq(other: ProblemWidget) {
    return other.text === this.text;
  }
  override toDOM() {
    const el = document.createElement('div');
    el.className = 'cm-yaml-problem';
    el.setAttribute('role', 'note');
    el.textContent = `⚠ ${this.text}`;
    el.style.color = this.dark ? '#ff7875' : '#cf1322';
    el.style.fontSize = '12px';
    el.style.padding = '0 4px';
    return el;
  }
}

function decorate(state: EditorState, format: (p: YamlProblem) => string, dark: boolean): DecorationSet {
  const text = state.doc.toString();
  const problems = yamlProblems(text).slice(0, 5);
  const items: Array<{ from: number; to: number; deco: Decoration }> = [];
  for (const p of problems) {
    const line = state.doc.lineAt(Math.min(p.from, state.doc.length));
    items.push({ from: line.from, to: line.from, deco: Decoration.line({ class: 'cm-yaml-problem-line' }) });
    const to = Math.min(Math.max(p.to, p.from + 1), line.to);
    if (to > p.from)
      items.push({ from: p.from, to, deco: Decoration.mark({ class: 'cm-yaml-problem-mark' }) });
    items.push({
      from: line.to,
      to: line.to,
      deco: Decoration.widget({ widget: new ProblemWidget(format(p), dark), block: true, side: 1 }),
    });
  }
  items.sort((a, b) => a.from - b.from || a.deco.startSide - b.deco.startSide);
  const builder = new RangeSetBuilder<Decoration>();
  for (const item of items) builder.add(item.from, item.to, item.deco);
  return builder.finish();
}

/** `format` turns a problem into the shown text (localised by the caller). */
export function yamlProblemsExtension(format: (p: YamlProblem) => string, dark: boolean): Extension {
  const field = StateField.define<DecorationSet>({
    create: (state) => decorate(state, format, dark),
    update: (value, tr) => (tr.docChanged ? decorate(tr.state, format, dark) : value),
    provide: (f) => EditorView.decorations.from(f),
  });
  return [
    field,
    EditorView.baseTheme({
      '.cm-yaml-problem-line': { backgroundColor: dark ? 'rgba(255,77,79,0.12)' : 'rgba(255,77,79,0.08)' },
      '.cm-yaml-problem-mark': { textDecoration: 'underline wavy #ff4d4f' },
    }),
  ];
}
