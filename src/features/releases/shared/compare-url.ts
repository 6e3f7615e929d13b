/**
 * The comparison's URL state: `?base=<name>&head=<name>`, optionally with `baseId`/`headId`. Names work
 * on every server generation (real servers find a version only by name); an id, when known, saves the
 * lookup on servers that have `/releases/:id`.
 */
export interface VersionPick {
  name: string;
  id?: string | undefined;
}

export interface CompareSelection {
  base: VersionPick | null;
  head: VersionPick | null;
}

function pick(params: URLSearchParams, side: 'base' | 'head'): VersionPick | null {
  const name = params.get(side)?.trim();
  if (!name) return null;
  const id = params.get(`${side}Id`)?.trim();
  return id ? { name, id } : { name };
}

export function parseCompareParams(params: URLSearchParams): CompareSelection {
  return { base: pick(params, 'base'), head: pick(params, 'head') };
}

export function serializeCompareParams(selection: CompareSelection): URLSearchParams {
  const out = new URLSearchParams();
  for (const side of ['base', 'head'] as const) {
    const pick = selection[side];
    if (pick) out.set(side, pick.name);
    if (pick?.id) out.set(`${side}Id`, pick.id);
  }
  return out;
}

/** The detail query's ref for a pick: the id when known, else the name (the API falls back to it). */
export function refOf(projectKey: string, pick: VersionPick) {
  return { projectKey, id: pick.id ?? pick.name, name: pick.name };
}
