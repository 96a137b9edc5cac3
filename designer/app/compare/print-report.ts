/**
 * Printing the compare report. Each drawing is fitted to its box once, when it appears; paper is
 * narrower than the screen, and the browser prints before the canvases notice. So the 打印 button
 * first gives the drawings the printed width (body.compare-printing, see compare-print.css), asks
 * them to refit (REFIT_EVENT), waits for that to be painted, and only then opens the print dialog.
 */
export const REFIT_EVENT = 'matterflow:compare-refit';
export const PRINTING_CLASS = 'compare-printing';

const frame = () => new Promise<void>((resolve) => window.requestAnimationFrame(() => resolve()));

export async function printReport(): Promise<void> {
  document.body.classList.add(PRINTING_CLASS);
  try {
    window.dispatchEvent(new Event(REFIT_EVENT)); // the drawings refit after the new width is laid out and observed
    for (let i = 0; i < 4; i++) await frame(); // … and the refitted viewport is painted
    window.print();
  } finally {
    document.body.classList.remove(PRINTING_CLASS);
    window.dispatchEvent(new Event(REFIT_EVENT));
  }
}

/** Runs `fn` two frames from now: after the browser has laid out and observed a change of size. */
export function afterLayout(fn: () => void): void {
  window.requestAnimationFrame(() => window.requestAnimationFrame(fn));
}
