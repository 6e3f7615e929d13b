import { useMemo } from 'react';
import { commonMessages, labelFor } from '../../../i18n/common';
import { useT } from '../../../i18n/i18n';
import type { ComparisonCounts } from '../../../lib/compare-releases';
import type { NotesWords } from '../../../lib/release-notes';
import { compareMessages } from './messages';

/** The words of the Markdown and CSV exports, in the current language. */
export function useNotesWords(): {
  notes: NotesWords;
  summary: (counts: ComparisonCounts) => string;
} {
  const t = useT(compareMessages);
  const tc = useT(commonMessages);
  return useMemo(
    () => ({
      notes: {
        title: t('md.title'),
        summary: t('summary'),
        header: t('md.header'),
        services: t('services'),
        service: t('col.service'),
        change: t('md.change'),
        image: t('md.image'),
        source: t('sourceImage'),
        target: t('targetImage'),
        chart: t('col.chart'),
        none: t('md.none'),
        kind: {
          new: t('kind.new'),
          removed: t('kind.removed'),
          changed: t('kind.changed'),
          unchanged: t('kind.unchanged'),
        },
        field: {
          type: t('field.type'),
          envName: t('field.envName'),
          source: t('field.source'),
          description: t('field.description'),
          labels: t('field.labels'),
        },
        // Also the words of the page's version differences (header-differences.tsx).
        value: (field, value) =>
          field === 'type' || field === 'source' ? labelFor(tc, field, value) : value,
        pair: (label, value) => tc('pair', { label, value }),
        heading: (parts) => t('md.heading', parts),
      },
      summary: (c: ComparisonCounts) =>
        t('summary', {
          new: c.new,
          removed: c.removed,
          changed: c.changed,
          unchanged: c.unchanged,
          images: c.imagesChanged,
        }),
    }),
    [t, tc],
  );
}
