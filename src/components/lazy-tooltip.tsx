import { Tooltip, type TooltipProps } from 'antd';
import { useEffect, useRef, useState, type ReactElement } from 'react';

/**
 * An antd Tooltip built only when first wanted (pointer over it or focus inside it): a table of 20 rows
 * otherwise spends much of its render time building tooltips nobody opens. It then mounts already open,
 * and focus stays on the element that had it. The child is rebuilt at that moment, so use it for text,
 * not for buttons (a click in flight would land on the old one).
 */
export function LazyTooltip({
  title,
  placement,
  children,
}: {
  title: TooltipProps['title'];
  placement?: TooltipProps['placement'];
  children: ReactElement;
}) {
  const [active, setActive] = useState<'pointer' | 'focus' | null>(null);
  const wrapper = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    if (active !== 'focus') return;
    const target = wrapper.current?.querySelector<HTMLElement>('button, a, [tabindex]');
    if (target && document.activeElement !== target) target.focus();
  }, [active]);

  return (
    <span
      ref={wrapper}
      onPointerEnter={active ? undefined : () => setActive('pointer')}
      onFocus={active ? undefined : () => setActive('focus')}
    >
      {active ? (
        <Tooltip title={title} placement={placement} defaultOpen>
          {children}
        </Tooltip>
      ) : (
        children
      )}
    </span>
  );
}
