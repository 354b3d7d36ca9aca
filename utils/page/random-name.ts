/** Eight letters and digits from the browser's random source: a name no page can guess in advance. */
export function randomSuffix(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return [...bytes].map((b) => b.toString(36).padStart(2, '0')).join('').slice(0, 8);
}
