/**
 * The typed version name, checked against the whole project through the console server
 * (`wizardQueries.nameCheck`), once the user has paused typing for `delay` ms. While a check is on its
 * way nothing is said about the name (it is not marked taken on a guess); a check that fails only leaves
 * the name unchecked, as Zadig checks it again on Create.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useState } from 'react';
import { isVersionName, MAX_NAME_LENGTH } from '../../../api/schemas';
import { LIVE_INTERVAL } from '../live-intervals';
import { wizardQueries, type HistoryScope } from './wizard-queries';

export interface NameCheckTiming {
  /** How long the name must stay unchanged before it is checked (ms). */
  delay: number;
  /** How often a check is asked again while the server is still reading the project (ms). */
  every: number;
}

export const DEFAULT_NAME_CHECK_TIMING: NameCheckTiming = { delay: 300, every: LIVE_INTERVAL };

/** Tests give their own timing (no real waiting). */
export const NameCheckTimingContext = createContext<NameCheckTiming>(DEFAULT_NAME_CHECK_TIMING);

/** `value`, once it has stayed the same for `delay` ms. */
function useSettled(value: string, delay: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (value === settled) return;
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, settled, delay]);
  return settled;
}

export interface NameCheckState {
  /** The name a check found taken, when the name typed now is that name. */
  taken: string | null;
  /** What the last check of any name covered (null before the first answer). */
  scope: HistoryScope | null;
}

export function useNameCheck(projectKey: string, typed: string): NameCheckState {
  const { delay, every } = useContext(NameCheckTimingContext);
  const name = typed.trim();
  const settled = useSettled(name, delay);
  const checkable = settled !== '' && settled.length <= MAX_NAME_LENGTH && isVersionName(settled);
  const check = useQuery({
    ...wizardQueries.nameCheck(projectKey, settled, every),
    enabled: checkable,
    // The last answer's scope stays shown while the next name is checked.
    placeholderData: keepPreviousData,
  });
  const data = check.data;
  return {
    taken: data?.taken && data.name === name && !check.isPlaceholderData ? data.name : null,
    scope: data?.scope ?? null,
  };
}
