import { browser } from 'wxt/browser';
import { isToReader } from '../../utils/messages';
import { readCopy } from '../../utils/reader/read-copy';

// The reader: an offscreen document the background opens while a page's HTML is read (utils/background/reader.ts).
// A parsed copy runs no script and loads nothing; it is dropped once read.
browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isToReader(message)) return undefined;
  return Promise.resolve({ article: readCopy(new DOMParser().parseFromString(message.html, 'text/html')) });
});
