/**
 * The wizard's draft, per project, in localStorage: saved as the user types, offered back on return,
 * removed after a successful create. A stored draft that no longer reads as a form is ignored.
 */
import { z } from 'zod';
import { WIZARD_STEPS, type WizardForm, type WizardStep } from './form-model';
import { wizardShape } from './wizard-schema';

const PREFIX = 'zrc.create-draft.';

export interface Draft {
  savedAt: number;
  step: WizardStep;
  values: WizardForm;
}

const draftSchema = z.object({
  savedAt: z.number(),
  step: z.enum(WIZARD_STEPS),
  values: wizardShape,
});

export function draftKey(projectKey: string): string {
  return `${PREFIX}${projectKey}`;
}

export function loadDraft(projectKey: string): Draft | null {
  try {
    const text = localStorage.getItem(draftKey(projectKey));
    if (!text) return null;
    const parsed = draftSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Saves; returns false when storage is unavailable or full (the wizard keeps working without it). */
export function saveDraft(projectKey: string, draft: Draft): boolean {
  try {
    localStorage.setItem(draftKey(projectKey), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(projectKey: string): void {
  try {
    localStorage.removeItem(draftKey(projectKey));
  } catch {
    // nothing stored
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
