/**
 * The benchmark's baseline: an MV3 extension that does what Framing Lens does on a click, minus the work. Its
 * background injects one small script under the activeTab grant; the script paints a panel the size of our sidebar in a
 * shadow root and analyses nothing. What it costs is the floor any click-to-panel extension pays in this browser.
 * Written at run time into a temporary folder, so no second extension lives in the repository.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The panel's shadow host, and what the benchmark waits for inside it. */
export const DO_NOTHING_HOST = 'do-nothing-panel';
export const DO_NOTHING_PANEL = 'aside[aria-label="Do nothing"]';

const MANIFEST = {
  manifest_version: 3,
  name: 'Do nothing (benchmark baseline)',
  version: '1.0.0',
  permissions: ['activeTab', 'scripting'],
  action: { default_title: 'Do nothing' },
  background: { service_worker: 'background.js' },
};

/** Injects the way ours does, with the same single retry: the activeTab grant can land a moment after the click. */
const BACKGROUND = `chrome.action.onClicked.addListener(async (tab) => {
  const inject = () => chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['panel.js'] });
  try {
    await inject();
  } catch {
    await new Promise((wake) => setTimeout(wake, 50));
    await inject();
  }
});
`;

const PANEL = `(() => {
  const host = document.createElement('${DO_NOTHING_HOST}');
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = '<style>:host{all:initial}aside{position:fixed;top:0;right:0;width:380px;height:100vh;z-index:2147483647;' +
    'background:#fff;border-left:1px solid #ccc;font:14px/1.4 system-ui,sans-serif;padding:12px;box-sizing:border-box}</style>' +
    '<aside aria-label="Do nothing" aria-busy="false"><h1>Do nothing</h1><ul><li>A panel and no analysis.</li></ul></aside>';
  document.body.append(host);
})();
`;

/** Writes the extension into a fresh temporary folder; `remove` deletes it. */
export function writeDoNothingExtension(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'framing-lens-do-nothing-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(MANIFEST, null, 2));
  writeFileSync(join(dir, 'background.js'), BACKGROUND);
  writeFileSync(join(dir, 'panel.js'), PANEL);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
