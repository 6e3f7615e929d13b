import { useState } from 'react';

/**
 * The value, or while it is undefined the last defined value it had. For what a mounted form is built
 * from: a read that is reset or re-keyed (a new token, a sign-out) must not take the form away while it
 * is read again.
 */
export function useLastDefined<T>(value: T | undefined): T | undefined {
  const [last, setLast] = useState(value);
  if (value !== undefined && value !== last) setLast(value);
  return value ?? last;
}
