/**
 * A read-only comparison of two YAML texts on @codemirror/merge, side by side or unified (one column,
 * removed lines above the added ones): changed lines marked, long unchanged stretches folded. Loaded
 * on demand (`lazy-yaml-diff`).
 */
import { yaml } from '@codemirror/lang-yaml';
import { MergeView, unifiedMergeView } from '@codemirror/merge';
import { EditorState, type Extension } from '@codemirror/state';
import { EditorView, lineNumbers } from '@codemirror/view';
import { Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/i18n';
import { useCodeLook } from '../yaml-viewer/code-theme';
import { yamlDiffMessages } from './messages';

export interface YamlDiffProps {
  /** The text before (left). */
  before: string;
  /** The text after (right). */
  after: string;
  beforeLabel: string;
  afterLabel: string;
  /** One column instead of two. */
  unified?: boolean | undefined;
  /** Shown instead of the diff when the texts are equal. */
  sameText?: string | undefined;
  /** Accessible name of the unified view (default: `afterLabel`). */
  unifiedLabel?: string | undefined;
}

function side(doc: string, label: string, look: Extension) {
  return {
    doc,
    extensions: [
      lineNumbers(),
      yaml(),
      look,
      EditorState.readOnly.of(true),
      EditorView.editable.of(false),
      EditorView.contentAttributes.of({ 'aria-label': label, 'aria-readonly': 'true' }),
      // The default "⦚" marks are missing from many fonts; "···" is everywhere.
      EditorView.theme({
        '.cm-collapsedLines:before': { content: '"···"' },
        '.cm-collapsedLines:after': { content: '"···"' },
      }),
    ],
  };
}

const COLLAPSE = { margin: 3, minSize: 6 };

export function YamlDiff({
  before,
  after,
  beforeLabel,
  afterLabel,
  unified,
  sameText,
  unifiedLabel,
}: YamlDiffProps) {
  const t = useT(yamlDiffMessages);
  const look = useCodeLook('none');
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!host.current || before === after) return;
    if (unified) {
      const { extensions } = side(after, unifiedLabel ?? afterLabel, look);
      const view = new EditorView({
        parent: host.current,
        doc: after,
        extensions: [
          ...extensions,
          unifiedMergeView({
            original: before,
            mergeControls: false,
            gutter: true,
            collapseUnchanged: COLLAPSE,
          }),
        ],
      });
      return () => view.destroy();
    }
    const view = new MergeView({
      parent: host.current,
      a: side(before, beforeLabel, look),
      b: side(after, afterLabel, look),
      collapseUnchanged: COLLAPSE,
      gutter: true,
    });
    return () => view.destroy();
  }, [before, after, beforeLabel, afterLabel, look, unified, unifiedLabel]);

  if (before === after) return <Typography.Text type="secondary">{sameText ?? t('same')}</Typography.Text>;
  return (
    <div>
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: unified ? '1fr' : '1fr 1fr',
          gap: 8,
          marginBottom: 4,
        }}
      >
        {unified ? (
          <Typography.Text type="secondary">
            {beforeLabel} → {afterLabel}
          </Typography.Text>
        ) : (
          <>
            <Typography.Text type="secondary">{beforeLabel}</Typography.Text>
            <Typography.Text type="secondary">{afterLabel}</Typography.Text>
          </>
        )}
      </div>
      <div ref={host} style={{ maxHeight: 520, overflow: 'auto' }} />
    </div>
  );
}
