/**
 * The name filter's text as typed: it goes to the URL once typing pauses (or at Enter), and shows the
 * URL's value when that changes from elsewhere.
 */
import { useEffect, useRef, useState } from 'react';
import type { ListFilters } from './url-state';

const TYPING_DELAY_MS = 250;

export function useTypedName(q: string, onChange: (next: Partial<ListFilters>) => void) {
  const [text, setText] = useState(q);
  const [lastUrlQ, setLastUrlQ] = useState(q);
  const [pending, setPending] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // The URL changed from elsewhere (back/forward, "clear filters"): show its value, unless it is
  // only the echo of what was typed here.
  if (q !== lastUrlQ) {
    setLastUrlQ(q);
    if (q !== text && !pending) setText(q);
  }

  useEffect(() => () => clearTimeout(timer.current), []);

  const onType = (value: string) => {
    setText(value);
    clearTimeout(timer.current);
    setPending(true);
    timer.current = setTimeout(() => {
      setPending(false);
      onChange({ q: value });
    }, TYPING_DELAY_MS);
  };

  /** Enter: what is typed goes to the URL now. */
  const submit = () => {
    clearTimeout(timer.current);
    setPending(false);
    onChange({ q: text });
  };

  /** The filters are cleared: the text empties, and what was typed is not sent. */
  const clear = () => {
    clearTimeout(timer.current);
    setPending(false);
    setText('');
  };

  return { text, onType, submit, clear };
}
