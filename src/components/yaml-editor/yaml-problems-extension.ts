/**
 * Inline YAML syntax errors for CodeMirror: the faulty text is underlined, its line tinted, and the
 * parser's message is shown under the line. Small texts are checked on every change; large ones in a
 * worker (`yaml-analysis-store`): meanwhile the marks move with the edits, and are redrawn on its answer.
 */
import {
  RangeSetBuilder,
  StateEffect,
  StateField,
  type EditorState,
  type Extension,
} from '@codemirror/state';
import { Decoration, EditorView, ViewPlugin, WidgetType, type DecorationSet } from '@codemirror/view';
import type { YamlProblem } from '../../lib/yaml-analysis';
import { knownYamlAnalysis, subscribeYamlAnalyses, SYNC_LIMIT } from './yaml-analysis-store';

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

let editors = 0;

function decorate(
  state: EditorState,
  all: readonly YamlProblem[],
  format: (p: YamlProblem) => string,
  dark: boolean,
): DecorationSet {
  const problems = all.slice(0, 5);
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
  const key = `editor-${++editors}`;
  const known = (state: EditorState) => knownYamlAnalysis(state.doc.toString(), key)?.problems;
  const arrived = StateEffect.define<readonly YamlProblem[]>();
  const field = StateField.define<DecorationSet>({
    create: (state) => decorate(state, known(state) ?? [], format, dark),
    update: (value, tr) => {
      for (const effect of tr.effects)
        if (effect.is(arrived)) return decorate(tr.state, effect.value, format, dark);
      if (!tr.docChanged) return value;
      // Large text: the marks move with the edits until the worker's answer for the new text.
      if (tr.state.doc.length > SYNC_LIMIT) return value.map(tr.changes);
      const problems = known(tr.state);
      return problems ? decorate(tr.state, problems, format, dark) : value.map(tr.changes);
    },
    provide: (f) => EditorView.decorations.from(f),
  });
  const listen = ViewPlugin.define((view) => ({
    destroy: subscribeYamlAnalyses(() => {
      const problems = known(view.state);
      if (problems) view.dispatch({ effects: arrived.of(problems) });
    }),
  }));
  return [
    field,
    listen,
    EditorView.baseTheme({
      '.cm-yaml-problem-line': { backgroundColor: dark ? 'rgba(255,77,79,0.12)' : 'rgba(255,77,79,0.08)' },
      '.cm-yaml-problem-mark': { textDecoration: 'underline wavy #ff4d4f' },
    }),
  ];
}
