/**
 * A read-only YAML viewer on CodeMirror 6: highlighting, line numbers, folding, search (Ctrl+F or the
 * button), copy and download; colours follow the antd theme. Loaded on demand (see `lazy-yaml-viewer`).
 */
import { defaultKeymap } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { foldGutter } from '@codemirror/language';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import { Compartment, EditorState } from '@codemirror/state';
import {
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { useEffect, useRef } from 'react';
import { useCodeLook } from './use-code-look';
import { ViewerToolbar } from './viewer-toolbar';

export interface YamlViewerProps {
  value: string;
  /** Accessible name of the code area, e.g. "YAML of service1". */
  label: string;
  /** Name of the downloaded file. */
  fileName: string;
}

export function YamlViewer({ value, label, fileName }: YamlViewerProps) {
  const look = useCodeLook('none');
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const looks = useRef(new Compartment());
  const labels = useRef(new Compartment());

  // Create the editor once per document.
  useEffect(() => {
    if (!host.current) return;
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(),
          foldGutter(),
          highlightActiveLine(),
          highlightActiveLineGutter(),
          highlightSelectionMatches(),
          yaml(),
          search({ top: true }),
          keymap.of([...searchKeymap, ...defaultKeymap]),
          EditorState.readOnly.of(true),
          looks.current.of([]),
          labels.current.of([]),
        ],
      }),
    });
    // Keyboard users can scroll the code without entering it (axe: scrollable-region-focusable).
    editor.scrollDOM.tabIndex = 0;
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
  }, [value]);

  useEffect(() => {
    view.current?.dispatch({
      effects: [
        looks.current.reconfigure(look),
        labels.current.reconfigure(
          EditorView.contentAttributes.of({ 'aria-label': label, 'aria-readonly': 'true' }),
        ),
      ],
    });
  }, [look, label, value]);

  return (
    <div>
      <ViewerToolbar value={value} fileName={fileName} view={view} />
      <div ref={host} />
    </div>
  );
}
