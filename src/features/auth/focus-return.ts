/**
 * Where the focus goes when the token dialog closes. antd gives it back to the element that had it when
 * the dialog opened, but a 401 often arrives after the control that caused it is gone: a row's Retry
 * turns into "Retrying" at the click, and the focus is on the page's body by the time Zadig answers.
 * So the last element focused outside the dialog is remembered with its table row; on close, the focus
 * goes to that element if it is still there, else to the control of the same name in its row (the row
 * drawn again) or the row's first control, else to the page's main region.
 */
interface Place {
  element: HTMLElement;
  row: HTMLElement | null;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), [tabindex]:not([tabindex="-1"])';

let last: Place | null = null;

/** Remembers each element focused while `asking()` is false (the dialog is closed). */
export function trackFocus(asking: () => boolean): () => void {
  const onFocusIn = (event: FocusEvent) => {
    if (asking() || !(event.target instanceof HTMLElement)) return;
    last = { element: event.target, row: event.target.closest<HTMLElement>('tr, [role="row"]') };
  };
  document.addEventListener('focusin', onFocusIn);
  return () => document.removeEventListener('focusin', onFocusIn);
}

/**
 * After the dialog closed: the focus goes as near as possible to where it was. (When antd's own return
 * found nothing, the focus is still on the hidden dialog's field at this point, not yet on the body.)
 */
export function returnFocus(): void {
  placeFor(last)?.focus();
}

function placeFor(place: Place | null): HTMLElement | null {
  if (place?.element.isConnected) return place.element;
  if (place?.row?.isConnected) {
    const label = place.element.getAttribute('aria-label');
    const named = [...place.row.querySelectorAll<HTMLElement>('[aria-label]')];
    const same = label ? named.find((element) => element.getAttribute('aria-label') === label) : undefined;
    const inRow = same ?? place.row.querySelector<HTMLElement>(FOCUSABLE);
    if (inRow) return inRow;
  }
  return document.querySelector<HTMLElement>('main');
}
