import { ConfigProvider } from 'antd';
import { useContext, type ComponentType } from 'react';
import { LazySelect } from './lazy-select';

interface SizeChangerProps {
  value: number;
  onChange: (value: number) => void;
  disabled: boolean;
  className: string;
}

/**
 * Pagination's page-size Select, built when first used (see LazySelect), with antd's own texts and
 * classes ("20 / page", "Page Size"). For `<Pagination components={{ sizeChanger: … }}>`.
 */
export function pageSizeSelect(sizes: readonly number[]): ComponentType<SizeChangerProps> {
  return function PageSizeSelect({ value, onChange, disabled, className }: SizeChangerProps) {
    const { locale } = useContext(ConfigProvider.ConfigContext);
    const texts = locale?.Pagination;
    return (
      <LazySelect<number>
        className={`${className}-select ${className}`}
        aria-label={texts?.page_size ?? 'Page Size'}
        value={value}
        options={sizes.map((size) => ({
          value: size,
          label: `${size} ${texts?.items_per_page ?? '/ page'}`,
        }))}
        onChange={(next) => onChange(Number(next))}
        disabled={disabled}
        showSearch
        popupMatchSelectWidth={false}
        getPopupContainer={(node: HTMLElement) => node.parentElement ?? document.body}
      />
    );
  };
}
