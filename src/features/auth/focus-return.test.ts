// @vitest-environment jsdom
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { returnFocus, trackFocus } from './focus-return';

let asking = false;
const stop = trackFocus(() => asking);
afterAll(stop);

beforeEach(() => {
  asking = false;
  document.body.innerHTML = `
    <main tabindex="-1">
      <h1>Versions</h1>
      <table><tbody>
        <tr><td><a href="/v1">v1</a></td><td id="actions"><button aria-label="Retry version v1">Retry</button></td></tr>
      </tbody></table>
    </main>
    <div role="dialog"><input aria-label="API token" /></div>`;
});

const byLabel = (label: string) => document.querySelector<HTMLElement>(`[aria-label="${label}"]`)!;

/** The dialog opens (the focus goes to its field), `meanwhile` changes the page, the dialog closes. */
function askWhile(meanwhile: () => void) {
  asking = true;
  byLabel('API token').focus();
  meanwhile();
  asking = false;
  returnFocus();
}

describe('where the focus goes when the token dialog closes', () => {
  it('back to the control that had it', () => {
    byLabel('Retry version v1').focus();
    askWhile(() => undefined);
    expect(document.activeElement).toBe(byLabel('Retry version v1'));
  });

  it('to the control of the same name when its row was drawn again', () => {
    byLabel('Retry version v1').focus();
    askWhile(() => {
      document.getElementById('actions')!.innerHTML = '<button aria-label="Retry version v1">Retry</button>';
    });
    expect(document.activeElement).toBe(byLabel('Retry version v1'));
  });

  it('to the row’s first control when that control is gone', () => {
    byLabel('Retry version v1').focus();
    askWhile(() => document.getElementById('actions')!.replaceChildren());
    expect(document.activeElement).toBe(document.querySelector('a[href="/v1"]'));
  });

  it('to the main region when the row is gone too', () => {
    byLabel('Retry version v1').focus();
    askWhile(() => document.querySelector('tbody')!.replaceChildren());
    expect(document.activeElement).toBe(document.querySelector('main'));
  });
});
