/**
 * The wizard's drafts, per project, in localStorage: saved as the user types, offered back on return,
 * removed after a successful create. Each browser tab keeps a draft of its own (`tab`, an id kept in the
 * tab's sessionStorage, so a reload or a restored session finds it again): two tabs writing versions of
 * one project never overwrite each other's draft, and a create removes only its own tab's. A stored
 * draft that no longer reads as a form is ignored.
 */
import { z } from 'zod';
import { WIZARD_STEPS, wizardShape, type WizardForm, type WizardStep } from './form-model';

const PREFIX = 'zrc.create-draft.';
const TAB_KEY = 'zrc.tab';
/** The drafts kept per project (one a tab); the oldest goes beyond this. */
export const MAX_DRAFTS = 5;

export interface Draft {
  savedAt: number;
  step: WizardStep;
  values: WizardForm;
  /** The tab that writes it ('' for a draft stored before drafts had tabs). */
  tab: string;
}

const draftSchema = z.object({
  savedAt: z.number(),
  step: z.enum(WIZARD_STEPS),
  values: wizardShape,
  tab: z.string().default(''),
});

export function draftKey(projectKey: string): string {
  return `${PREFIX}${projectKey}`;
}

let fallbackTab: string | null = null;

/** This tab's id: kept in sessionStorage (per tab, kept over reloads); per page when that is refused. */
export function tabId(): string {
  try {
    const stored = sessionStorage.getItem(TAB_KEY);
    if (stored) return stored;
    const id = crypto.randomUUID();
    sessionStorage.setItem(TAB_KEY, id);
    return id;
  } catch {
    return (fallbackTab ??= crypto.randomUUID());
  }
}

/** The project's drafts, newest first (one stored alone, as before tabs, reads as a list of one). */
export function loadDrafts(projectKey: string): Draft[] {
  try {
    const text = localStorage.getItem(draftKey(projectKey));
    if (!text) return [];
    const json: unknown = JSON.parse(text);
    const drafts = (Array.isArray(json) ? json : [json]).flatMap((each) => {
      const parsed = draftSchema.safeParse(each);
      return parsed.success ? [parsed.data] : [];
    });
    return drafts.sort((a, b) => b.savedAt - a.savedAt);
  } catch {
    return [];
  }
}

/** `tab`'s draft of the project, or (no tab) the newest of any tab. */
export function loadDraft(projectKey: string, tab?: string): Draft | null {
  const drafts = loadDrafts(projectKey);
  return (tab === undefined ? drafts[0] : drafts.find((d) => d.tab === tab)) ?? null;
}

function store(projectKey: string, drafts: Draft[]): void {
  if (drafts.length === 0) localStorage.removeItem(draftKey(projectKey));
  else localStorage.setItem(draftKey(projectKey), JSON.stringify(drafts.slice(0, MAX_DRAFTS)));
}

/**
 * Saves `draft` as its tab's; returns false when storage is unavailable or full (the wizard keeps
 * working without it).
 */
export function saveDraft(projectKey: string, draft: Draft): boolean {
  try {
    const others = loadDrafts(projectKey).filter((d) => d.tab !== draft.tab);
    store(projectKey, [draft, ...others]);
    return true;
  } catch {
    return false;
  }
}

/** Removes `tab`'s draft of the project; the other tabs' stay. */
export function clearDraft(projectKey: string, tab: string): void {
  try {
    store(
      projectKey,
      loadDrafts(projectKey).filter((d) => d.tab !== tab),
    );
  } catch {
    // nothing stored
  }
}

/** A version this tab created from the wizard: said when Back leads into the (now empty) wizard again. */
export interface CreatedHere {
  name: string;
  id: string | null;
}

const createdKey = (projectKey: string) => `zrc.created.${projectKey}`;

export function rememberCreated(projectKey: string, created: CreatedHere): void {
  try {
    sessionStorage.setItem(createdKey(projectKey), JSON.stringify(created));
  } catch {
    // not said later; nothing else depends on it
  }
}

/** The version this tab last created in the project (until `forgetCreated`). */
export function readCreated(projectKey: string): CreatedHere | null {
  try {
    const text = sessionStorage.getItem(createdKey(projectKey));
    const parsed = z
      .object({ name: z.string(), id: z.string().nullable() })
      .safeParse(JSON.parse(text ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Said once: the wizard forgets it when it opens. */
export function forgetCreated(projectKey: string): void {
  try {
    sessionStorage.removeItem(createdKey(projectKey));
  } catch {
    // nothing kept
  }
}

/**
 * Drafts with over a million characters of YAML are not stored: the browser's storage holds about five
 * million, and writing megabytes on every pause in typing would stall the page.
 */
export const MAX_DRAFT_YAML_CHARS = 1_000_000;

export function tooLargeForDraft(values: Pick<WizardForm, 'services'>): boolean {
  let chars = 0;
  for (const s of values.services) chars += s.yaml.length + s.sourceYaml.length;
  return chars > MAX_DRAFT_YAML_CHARS;
}
