import { Tooltip } from 'antd';
import { useRef, useState, type FocusEvent, type PointerEvent, type ReactNode } from 'react';

/** Put on an element inside a SharedTooltip: the text its tooltip shows. */
export const TOOLTIP_ATTR = 'data-tooltip';

interface Shown {
  title: string;
  target: Element;
  box: { top: number; left: number; width: number; height: number };
  /** A new anchor for each element, so the tooltip is placed anew. */
  key: number;
}

/**
 * One tooltip for every element under it that carries `data-tooltip` (a table's row buttons), instead
 * of one antd Tooltip per element: nothing is built until the pointer is over such an element (or the
 * keyboard focuses it), and then one antd Tooltip opens over an invisible copy of the element's box.
 * `disabled` hides it (a dialog opened from the element is in front).
 */
export function SharedTooltip({ children, disabled }: { children: ReactNode; disabled?: boolean }) {
  const host = useRef<HTMLDivElement>(null);
  const count = useRef(0);
  const [shown, setShown] = useState<Shown | null>(null);

  const show = (from: EventTarget) => {
    const target = from instanceof Element ? from.closest(`[${TOOLTIP_ATTR}]`) : null;
    const title = target?.getAttribute(TOOLTIP_ATTR);
    if (!target || !title || !host.current?.contains(target)) return;
    if (shown?.target === target && shown.title === title) return;
    const at = target.getBoundingClientRect();
    const origin = host.current.getBoundingClientRect();
    count.current += 1;
    setShown({
      title,
      target,
      key: count.current,
      box: { top: at.top - origin.top, left: at.left - origin.left, width: at.width, height: at.height },
    });
  };
  const hide = (to: EventTarget | null) => {
    if (shown && !(to instanceof Node && shown.target.contains(to))) setShown(null);
  };

  return (
    <div
      ref={host}
      style={{ position: 'relative' }}
      onPointerOver={(event: PointerEvent) => show(event.target)}
      onPointerOut={(event: PointerEvent) => hide(event.relatedTarget)}
      onFocus={(event: FocusEvent) => {
        if (event.target instanceof Element && event.target.matches(':focus-visible')) show(event.target);
      }}
      onBlur={(event: FocusEvent) => hide(event.relatedTarget)}
    >
      {children}
      {shown && !disabled && shown.target.isConnected && (
        <Tooltip key={shown.key} open title={shown.title}>
          <span aria-hidden style={{ position: 'absolute', pointerEvents: 'none', ...shown.box }} />
        </Tooltip>
      )}
    </div>
  );
}
