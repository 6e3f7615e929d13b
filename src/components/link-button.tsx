import { Button, type ButtonProps } from 'antd';
import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { warmOnIntent } from '../lib/warm-on-intent';

/**
 * A button that is a real link (middle-click, copy link) but navigates inside the app on a plain click;
 * pointing at it (or focusing it) starts fetching the code of the page it opens.
 */
export function LinkButton({ to, onClick, ...props }: Omit<ButtonProps, 'href'> & { to: string }) {
  const navigate = useNavigate();
  return (
    <Button
      {...warmOnIntent(to)}
      {...props}
      href={to}
      onClick={(event: MouseEvent<HTMLElement>) => {
        onClick?.(event as MouseEvent<HTMLButtonElement & HTMLAnchorElement>);
        if (
          event.defaultPrevented ||
          event.button !== 0 ||
          event.metaKey ||
          event.ctrlKey ||
          event.shiftKey ||
          event.altKey
        )
          return;
        event.preventDefault();
        void navigate(to);
      }}
    />
  );
}
