/**
 * A YAML editor on CodeMirror 6: highlighting, line numbers, folding, search, undo, and syntax errors
 * shown inline as you type. Controlled: `value` in, `onChange` out. Loaded on demand (`lazy-yaml-editor`).
 */
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { foldGutter, indentOnInput } from '@codemirror/language';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import {
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
  type ViewUpdate,
} from '@codemirror/view';
import { theme } from 'antd';
import { useEffect, useRef, type RefObject } from 'react';
import { useT } from '../../i18n/i18n';
import { isDark, useCodeLook } from '../yaml-viewer/code-theme';
import { SR_ONLY } from '../sr-only';
import { KeysHint } from './keys-hint';
import { yamlEditorMessages } from './messages';
import { SYNC_LIMIT, useYamlAnalysis } from './yaml-analysis-store';
import { yamlProblemsExtension } from './yaml-problems-extension';

/** How long typing must pause before a large text is handed on (`onChange`). */
const LARGE_TEXT_DELAY_MS = 300;

function debounced<T>(ms: number, run: (arg: T) => void) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: T | undefined;
  const fire = () => {
    const arg = pending as T;
    timer = undefined;
    pending = undefined;
    run(arg);
  };
  return {
    schedule(arg: T) {
      pending = arg;
      clearTimeout(timer);
      timer = setTimeout(fire, ms);
    },
    flush(arg: T) {
      if (timer === undefined) return;
      clearTimeout(timer);
      pending = arg;
      fire();
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}

interface EditorHooks {
  minHeight: string | undefined;
  compartments: Record<'look' | 'aria' | 'problems', Compartment>;
  /** The text changed. */
  onDoc: (update: ViewUpdate) => void;
  /** The editor lost focus. */
  onLeave: (view: EditorView) => void;
}

/** The editor itself: its extensions, with the look, labels and problems in compartments set later. */
function createEditor(parent: HTMLElement, { minHeight, compartments: c, onDoc, onLeave }: EditorHooks) {
  return new EditorView({
    parent,
    state: EditorState.create({
      doc: '',
      extensions: [
        lineNumbers(),
        foldGutter(),
        history(),
        indentOnInput(),
        highlightActiveLine(),
        highlightActiveLineGutter(),
        highlightSelectionMatches(),
        yaml(),
        search({ top: true }),
        EditorState.tabSize.of(2),
        minHeight ? EditorView.theme({ '.cm-content, .cm-gutter': { minHeight } }) : [],
        keymap.of([...searchKeymap, ...historyKeymap, indentWithTab, ...defaultKeymap]),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onDoc(update);
          if (update.focusChanged && !update.view.hasFocus) onLeave(update.view);
        }),
        c.look.of([]),
        c.aria.of([]),
        c.problems.of([]),
      ],
    }),
  });
}

export interface YamlEditorProps {
  value: string;
  onChange: (value: string) => void;
  onBlur?: (() => void) | undefined;
  /** Accessible name of the editing area, e.g. "YAML of service1". */
  label: string;
  /** Id of an element describing the field (its error message). */
  describedBy?: string | undefined;
  invalid?: boolean | undefined;
  maxHeight?: string | undefined;
  /** Height of the empty editor, so that it reads as a place to paste into (default: one line). */
  minHeight?: string | undefined;
}

export function YamlEditor({
  value,
  onChange,
  onBlur,
  label,
  describedBy,
  invalid,
  maxHeight,
  minHeight,
}: YamlEditorProps) {
  const look = useCodeLook(maxHeight);
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const callbacks = useRef({ onChange, onBlur });
  const initialMinHeight = useRef(minHeight);
  const compartments = useRef({
    look: new Compartment(),
    aria: new Compartment(),
    problems: new Compartment(),
  });

  useEffect(() => {
    callbacks.current = { onChange, onBlur };
  }, [onChange, onBlur]);

  // What was last handed on: the value effect below must not put it back over newer typing.
  const sent = useRef<string | null>(null);

  // One editor for the component's life; later values arrive through the effect below.
  useEffect(() => {
    if (!host.current) return;
    const c = compartments.current;
    const send = (text: string) => {
      later.cancel();
      sent.current = text;
      callbacks.current.onChange(text);
    };
    const later = debounced(LARGE_TEXT_DELAY_MS, (v: EditorView) => send(v.state.doc.toString()));
    const editor = createEditor(host.current, {
      minHeight: initialMinHeight.current,
      compartments: c,
      onDoc: (update) => {
        // A large text is handed on once typing pauses: building and checking megabytes of
        // text on every keystroke would make each key wait for it.
        if (update.state.doc.length > SYNC_LIMIT) later.schedule(update.view);
        else send(update.state.doc.toString());
      },
      onLeave: (v) => {
        later.flush(v);
        callbacks.current.onBlur?.();
      },
    });
    view.current = editor;
    return () => {
      later.flush(editor);
      editor.destroy();
      view.current = null;
    };
  }, []);

  // Outside changes (a draft resumed, a reset) replace the text; typing does not come back here.
  useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    if (value === sent.current) return;
    const current = editor.state.doc.toString();
    if (current !== value) editor.dispatch({ changes: { from: 0, to: current.length, insert: value } });
  }, [value]);

  useSettings(view, compartments, { look, label, invalid, describedBy });

  return (
    <div>
      <div ref={host} />
      <ProblemAnnouncer value={value} />
      <KeysHint />
    </div>
  );
}

interface Settings {
  look: Extension;
  label: string;
  invalid: boolean | undefined;
  describedBy: string | undefined;
}

/** Puts the look, the accessible labels and the problem marks into the editor's compartments. */
function useSettings(
  view: RefObject<EditorView | null>,
  compartments: RefObject<EditorHooks['compartments']>,
  { look, label, invalid, describedBy }: Settings,
) {
  const t = useT(yamlEditorMessages);
  const { token } = theme.useToken();
  const dark = isDark(token.colorBgContainer);
  useEffect(() => {
    const c = compartments.current;
    view.current?.dispatch({
      effects: [
        c.look.reconfigure(look),
        c.aria.reconfigure(
          EditorView.contentAttributes.of({
            'aria-label': label,
            'aria-multiline': 'true',
            'aria-invalid': invalid ? 'true' : 'false',
            ...(describedBy ? { 'aria-describedby': describedBy } : {}),
          }),
        ),
        c.problems.reconfigure(
          yamlProblemsExtension((p) => t('problem', { line: p.line, message: p.message }), dark),
        ),
      ],
    });
  }, [view, compartments, look, label, invalid, describedBy, t, dark]);
}

/** Says the first problem of the text (and how many there are) to screen readers as it changes. */
function ProblemAnnouncer({ value }: { value: string }) {
  const t = useT(yamlEditorMessages);
  const problems = useYamlAnalysis(value)?.problems ?? [];
  const first = problems[0];
  return (
    <div aria-live="polite" style={SR_ONLY}>
      {first ? t('problemCount', { count: problems.length, line: first.line, message: first.message }) : ''}
    </div>
  );
}
