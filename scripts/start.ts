/**
 * `npm start`: build the extension, serve the bundled sample article locally, and open it in Chromium with the
 * extension loaded. With a display, a browser window opens for you to click the Framing Lens icon. Without one
 * (a server, CI), the browser runs headless, clicks the icon itself and saves a screenshot of the sidebar.
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { EXTENSION_DIR, findChromium, launchWithExtension, prepareToolbarClick, serveFolder, startSidebarTimer } from './lib/browser';

const SAMPLE = '/seed/presstv-aleppo.html';
const SCREENSHOT = '.output/sidebar.png';

execSync('npx wxt build', { stdio: 'inherit' });
const { server, origin } = await serveFolder('test/fixtures', Number(process.env.PORT ?? 0));
const url = origin + SAMPLE;
const chromium = findChromium();
const hasDisplay = process.platform === 'darwin' || process.platform === 'win32' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;

if (!chromium) {
  console.log(`
No Chromium or Chrome was found (set CHROME_PATH to use one that is installed elsewhere).
Load the extension by hand:
  1. Open chrome://extensions and switch on "Developer mode".
  2. Click "Load unpacked" and choose ${EXTENSION_DIR}
  3. Open ${url} and click the Framing Lens icon in the toolbar.
The sample article is served at ${url} until you press Ctrl+C.`);
} else if (hasDisplay) {
  const browser = await launchWithExtension({ headless: false, executablePath: chromium, openNetwork: true });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(url);
  console.log(`Chromium is open on ${url} with Framing Lens loaded: click its icon in the toolbar (pin it from the puzzle-piece menu).`);
  console.log('Close the browser window to stop.');
  await new Promise((done) => browser.context.on('close', done));
  server.close();
} else {
  const browser = await launchWithExtension({ headless: true, executablePath: chromium });
  const page = await browser.context.newPage();
  await page.goto(url);
  const click = await prepareToolbarClick(browser, page);
  const timer = await startSidebarTimer(page);
  await click();
  const { ready } = await timer();
  const sidebar = page.getByRole('complementary', { name: 'Framing Lens' });
  const items = await sidebar.locator('li[data-entry-id]').count();
  mkdirSync('.output', { recursive: true });
  await page.screenshot({ path: SCREENSHOT, caret: 'initial' });
  console.log(`No display here, so Chromium ran headless: it opened ${url}, clicked the Framing Lens icon,`);
  console.log(`and the sidebar listed ${items} entries ${ready.toFixed(0)} ms after the click. Screenshot: ${SCREENSHOT}`);
  await browser.close();
  server.close();
}
