import { browser } from 'wxt/browser';
import { sendToBackground } from '../../utils/messages';
import { allowSiteAgain } from '../../utils/never-sites';
import { saveErrorMessage } from '../../utils/storage-errors';

const params = new URLSearchParams(location.search);
const site = params.get('site') ?? '';
const tabId = Number(params.get('tab'));
document.getElementById('site')!.textContent = site;
document.getElementById('allow')!.addEventListener('click', async () => {
  const status = document.getElementById('status')!;
  try {
    await allowSiteAgain(site);
    if (Number.isInteger(tabId)) {
      await browser.action.setPopup({ tabId, popup: '' });
      await browser.action.setBadgeText({ tabId, text: '' });
      await browser.action.setTitle({ tabId, title: '' });
      status.textContent = `Framing Lens runs on ${site} again.`;
      await sendToBackground<'analyse-tab'>({ type: 'analyse-tab', tabId });
      window.close(); // the popup has done its job: the sidebar is opening in the page
    } else {
      status.textContent = `Framing Lens runs on ${site} again: click its icon to analyse the page.`;
    }
  } catch (error) {
    status.textContent = saveErrorMessage(error);
  }
});
