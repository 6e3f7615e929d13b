import { CloseOutlined, DownOutlined, LoadingOutlined } from '@ant-design/icons';
import { ConfigProvider, Select, type SelectProps } from 'antd';
// antd's own style hook of Select: the theme's and Select's CSS variables, and the classes that scope them.
import useSelectStyle from 'antd/es/select/style';
import { useContext, useState, type CSSProperties, type ReactNode } from 'react';

type Wanted = 'pointer' | 'focus' | 'press';

/**
 * An antd Select that is built only when someone comes to use it. Until then it is a look-alike: the
 * same classes, box, chosen values (or placeholder) and arrow, with a focusable combobox of the same
 * name, so it looks, reads and sits in the tab order as the real one does. A pointer over it, focus
 * in it or a press on it puts the real Select in its place (already focused after focus or a press,
 * and open after a press), with the same value. A list's five Selects otherwise cost a large part of
 * the script time of its first view.
 */
export function LazySelect<V = unknown>(props: SelectProps<V>) {
  const [wanted, setWanted] = useState<Wanted | null>(null);
  if (wanted) {
    return (
      <Select<V>
        {...props}
        autoFocus={wanted !== 'pointer' || props.autoFocus}
        defaultOpen={wanted === 'press' || props.defaultOpen}
      />
    );
  }
  return <SelectLookalike props={props as SelectProps<unknown>} onWanted={setWanted} />;
}

interface Option {
  value?: unknown;
  label?: ReactNode;
}

function chosenValues(value: unknown): unknown[] {
  if (value === undefined || value === null || value === '') return [];
  return Array.isArray(value) ? value : [value];
}

function SelectLookalike({
  props,
  onWanted,
}: {
  props: SelectProps<unknown>;
  onWanted: (how: Wanted) => void;
}) {
  const { getPrefixCls } = useContext(ConfigProvider.ConfigContext);
  const prefix = getPrefixCls('select');
  const [hashId, cssVarCls] = useSelectStyle(prefix, `${prefix}-css-var`);
  const multiple = props.mode === 'multiple' || props.mode === 'tags';
  const values = chosenValues(props.value);
  const classes = lookalikeClasses({ prefix, hashId, cssVarCls, props, multiple, values });

  const input = (
    <input
      className={`${prefix}-input`}
      role="combobox"
      aria-label={props['aria-label']}
      aria-expanded={false}
      aria-haspopup="listbox"
      aria-autocomplete="list"
      autoComplete="off"
      readOnly
      disabled={props.disabled}
      value=""
      onFocus={() => onWanted('focus')}
      style={{ '--select-input-width': 0 } as CSSProperties}
    />
  );
  const content = lookalikeContent({ prefix, props, multiple, values, input });
  return (
    <div
      className={classes}
      style={props.style}
      onPointerEnter={props.disabled ? undefined : () => onWanted('pointer')}
      onPointerDown={
        props.disabled
          ? undefined
          : (event) => {
              // The real one opens in its place (it will not see this press).
              event.preventDefault();
              onWanted('press');
            }
      }
    >
      {content}
      <div className={`${prefix}-suffix`}>
        {props.loading ? <LoadingOutlined aria-hidden /> : <DownOutlined aria-hidden />}
      </div>
    </div>
  );
}

interface Lookalike {
  /** antd's class prefix of Select. */
  prefix: string;
  props: SelectProps<unknown>;
  multiple: boolean;
  /** The chosen values (see chosenValues). */
  values: unknown[];
}

/** The classes the real Select has on its root for the same props and values. */
function lookalikeClasses({
  prefix,
  hashId,
  cssVarCls,
  props,
  multiple,
  values,
}: Lookalike & { hashId: string; cssVarCls: string }): string {
  const search = multiple || Boolean(props.showSearch);
  return [
    prefix,
    `${prefix}-outlined`,
    props.className,
    cssVarCls,
    `${prefix}-css-var`,
    hashId,
    `${prefix}-${multiple ? 'multiple' : 'single'}`,
    props.size === 'small' && `${prefix}-sm`,
    props.size === 'large' && `${prefix}-lg`,
    props.disabled && `${prefix}-disabled`,
    props.allowClear && values.length > 0 && `${prefix}-allow-clear`,
    `${prefix}-show-arrow`,
    search && `${prefix}-show-search`,
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * What the real Select shows in its box: the chosen values (as tags when multiple) or the placeholder,
 * and the input.
 */
function lookalikeContent({ prefix, props, multiple, values, input }: Lookalike & { input: ReactNode }) {
  const options = (props.options ?? []) as Option[];
  const labelOf = (value: unknown): ReactNode =>
    options.find((o) => o.value === value)?.label ?? (value as ReactNode);
  let content: ReactNode;
  if (multiple) {
    content = (
      <div className={`${prefix}-content`}>
        {values.length === 0 && (
          <div className={`${prefix}-content-item ${prefix}-content-item-prefix`}>
            <div className={`${prefix}-placeholder`}>{props.placeholder}</div>
          </div>
        )}
        {values.map((value) => (
          <div key={String(value)} className={`${prefix}-content-item`}>
            <span className={`${prefix}-selection-item`} title={String(labelOf(value))}>
              <span className={`${prefix}-selection-item-content`}>{labelOf(value)}</span>
              <span className={`${prefix}-selection-item-remove`} aria-hidden>
                <CloseOutlined />
              </span>
            </span>
          </div>
        ))}
        <div className={`${prefix}-content-item ${prefix}-content-item-suffix`}>{input}</div>
      </div>
    );
  } else if (values.length > 0) {
    const label = labelOf(values[0]);
    content = (
      <div
        className={`${prefix}-content ${prefix}-content-has-value`}
        title={typeof label === 'string' ? label : undefined}
      >
        {label}
        {input}
      </div>
    );
  } else {
    content = (
      <div className={`${prefix}-content`}>
        <div className={`${prefix}-placeholder`}>{props.placeholder}</div>
        {input}
      </div>
    );
  }
  return content;
}
