/**
 * WXT's fake browser as the extension APIs, for the storage layer's tests. Imported before anything that reads the
 * APIs: `wxt/browser` takes `globalThis.browser` (or `chrome`) when it is first loaded.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

Object.assign(globalThis, { browser: fakeBrowser, chrome: fakeBrowser });

export { fakeBrowser };
