import { SearchOutlined } from '@ant-design/icons';
import { Button } from 'antd';
// The plain input alone: antd's index brings TextArea, Search, Password and OTP with it.
import Input from 'antd/es/input/Input';
import { memo } from 'react';
import { RELEASE_STATUSES, RELEASE_TYPES } from '../../../api/constants';
import { useT, type Translate } from '../../../i18n/i18n';
import { useReleaseLabels } from '../shared/status-tag';
import { listMessages } from './messages';
import { useTypedName } from './use-typed-name';
import { hasFilters, type ListFilters } from './url-state';
import { LazySelect } from '../../../components/lazy-select';
import { Text } from '../../../components/plain-text';
import { MAX_FILTER_TEXT } from '../../../api/model';

export interface ListFiltersBarProps {
  filters: ListFilters;
  labels: string[];
  onChange: (next: Partial<ListFilters>) => void;
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item, i) => item === b[i]);

/**
 * Re-rendered only when what it shows changes: a new page of the list (another page number, new
 * labels object with the same labels) leaves the filters as they are, so the page's rows render alone.
 */
function sameProps(a: ListFiltersBarProps, b: ListFiltersBarProps) {
  return (
    a.onChange === b.onChange &&
    a.filters.q === b.filters.q &&
    a.filters.type === b.filters.type &&
    sameList(a.filters.status, b.filters.status) &&
    sameList(a.filters.label, b.filters.label) &&
    sameList(a.labels, b.labels)
  );
}

/** Name, status, type and label filters; the name goes to the URL once typing pauses. */
export const ListFiltersBar = memo(FiltersBar, sameProps);

function FiltersBar({ filters, labels, onChange }: ListFiltersBarProps) {
  const t = useT(listMessages);
  const words = useReleaseLabels();
  const name = useTypedName(filters.q, onChange);
  const { statusOptions, typeOptions, labelOptions } = filterOptions(filters, labels, words);
  const logic = chosenInWords(filters, t, words);

  return (
    <div role="search" style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginBottom: 16 }}>
      <Input
        allowClear
        prefix={<SearchOutlined aria-hidden />}
        placeholder={t('filter.name')}
        aria-label={t('filter.name')}
        value={name.text}
        onChange={(event) => name.onType(event.target.value)}
        onPressEnter={name.submit}
        style={{ width: 260 }}
        maxLength={MAX_FILTER_TEXT}
      />
      <LazySelect
        mode="multiple"
        allowClear
        placeholder={t('filter.status')}
        aria-label={t('filter.status')}
        value={filters.status}
        options={statusOptions}
        onChange={(status: string[]) => onChange({ status })}
        style={{ minWidth: 160 }}
      />
      <LazySelect
        allowClear
        placeholder={t('filter.type')}
        aria-label={t('filter.type')}
        value={filters.type || undefined}
        options={typeOptions}
        onChange={(type: string | undefined) => onChange({ type: type ?? '' })}
        style={{ minWidth: 140 }}
      />
      <LazySelect
        mode="tags"
        allowClear
        placeholder={t('filter.label')}
        aria-label={t('filter.label')}
        value={filters.label}
        options={labelOptions}
        onChange={(label: string[]) => onChange({ label })}
        style={{ minWidth: 180 }}
      />
      {hasFilters(filters) && (
        <Button
          onClick={() => {
            name.clear();
            onChange({ q: '', status: [], type: '', label: [] });
          }}
        >
          {t('filter.clear')}
        </Button>
      )}
      {logic.length > 0 && (
        // Every chosen value, and how they combine, in words (statuses: any of; labels: all of).
        <Text type="secondary" style={{ flexBasis: '100%' }} aria-live="polite">
          {logic.join(t('filter.logicSeparator'))}
        </Text>
      )}
    </div>
  );
}

type ReleaseLabels = ReturnType<typeof useReleaseLabels>;

/** The selects' options: every status and type, the project's labels, and any value chosen besides. */
function filterOptions(filters: ListFilters, labels: string[], words: ReleaseLabels) {
  const statusOptions = [...new Set([...RELEASE_STATUSES, ...filters.status])].map((value) => ({
    value,
    label: words.status(value),
  }));
  const typeOptions = RELEASE_TYPES.map((value) => ({ value, label: words.type(value) }));
  const labelOptions = [...new Set([...labels, ...filters.label])].map((value) => ({ value, label: value }));
  return { statusOptions, typeOptions, labelOptions };
}

/** The chosen statuses and labels, each as a sentence saying how they combine. */
function chosenInWords(
  filters: ListFilters,
  t: Translate<keyof (typeof listMessages)['en-US']>,
  words: ReleaseLabels,
) {
  const list = (values: string[]) => values.join(t('filter.listSeparator'));
  return [
    filters.status.length > 0 &&
      t('filter.anyStatus', { list: list(filters.status.map((s) => words.status(s))) }),
    filters.label.length > 0 && t('filter.allLabels', { list: list(filters.label) }),
  ].filter(Boolean);
}
