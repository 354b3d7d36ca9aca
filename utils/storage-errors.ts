/** Storage failures in words a reader can act on. */
export function saveErrorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  // Chrome words its write-rate limit as a quota too, so it is recognised first.
  if (/MAX_WRITE_OPERATIONS|rate/i.test(text)) {
    return 'Could not save: too many changes in a short time. Wait a minute and change the setting again.';
  }
  if (/quota/i.test(text)) {
    return 'Could not save: the browser’s storage for this extension is full. Your choice is still shown here; remove some of your imported entries and try again.';
  }
  return `Could not save your settings (${text}). Your choice is still shown here; try again.`;
}
