// Runs just before the content script on a site the reader lets Framing Lens run on by itself (utils/sites.ts):
// it tells the content script it was not opened by a click, so it opens by itself only on an article.
globalThis.__framingLensAutoRun = true;
