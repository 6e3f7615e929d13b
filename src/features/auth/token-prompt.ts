/**
 * One question at a time: every 401 (and every "Enter API token" button) waits on the same open
 * dialog, so concurrent 401s open one dialog, and all of them retry once it is answered.
 */
type Listener = () => void;

export class TokenPrompt {
  private pending: { promise: Promise<boolean>; resolve: (ok: boolean) => void } | null = null;
  private readonly listeners = new Set<Listener>();
  private asked = 0;
  private change = false;

  /**
   * Opens the dialog, or joins the one already open; true when the user gave a token. `forChange`: a
   * change (create, retry, delete) was refused for want of the user's own token.
   */
  request(forChange = false): Promise<boolean> {
    if (!this.pending) {
      this.change = forChange;
      let resolve: (ok: boolean) => void = () => undefined;
      const promise = new Promise<boolean>((r) => (resolve = r));
      this.pending = { promise, resolve };
      this.asked++;
      this.emit();
    }
    return this.pending.promise;
  }

  /** Closes the dialog: `true` after a token was kept, `false` when the user cancelled. */
  settle(ok: boolean): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    this.emit();
    pending.resolve(ok);
  }

  isOpen = (): boolean => this.pending !== null;

  /** The open question came from a change refused for want of the user's own token. */
  forChange = (): boolean => this.change;

  /** How many questions were asked so far (each one gets a fresh form). */
  questions = (): number => this.asked;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

export const tokenPrompt = new TokenPrompt();

/**
 * The API client's 401 handler. A request refused with a token that has since been replaced (another
 * request's 401 already asked) is simply sent again with the new one.
 */
export function createUnauthorizedHandler(prompt: TokenPrompt, current: () => string | null) {
  return async (usedToken: string | null, change = false): Promise<boolean> => {
    const now = current();
    if (now && now !== usedToken) return true;
    // Refused without a token of the user's own on a change: the dialog says changes need one.
    return prompt.request(change && usedToken === null);
  };
}
